// husky v9: .husky/<hook> is a plain shell script that husky's wrapper runs with node_modules/.bin on PATH.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALLED_HOOKS, marksHook, shellCall } from './hook-lines.js';
export function huskyChanges(root, command) {
    const changes = [];
    for (const hook of INSTALLED_HOOKS) {
        const path = join(root, '.husky', hook);
        const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        if (existing !== undefined && marksHook(existing, hook))
            continue;
        const call = shellCall(hook, command);
        if (existing === undefined) {
            changes.push({ type: 'file', path, content: `${call}\n`, executable: true, summary: `create with: ${call}` });
            continue;
        }
        // pre-push reads the update lines on stdin: aiguard goes first, before another command can consume them.
        const content = hook === 'pre-push' ? prepend(existing, call) : `${existing}${existing.endsWith('\n') || existing === '' ? '' : '\n'}${call}\n`;
        changes.push({ type: 'file', path, content, executable: true, summary: `add: ${call}` });
    }
    return changes;
}
function prepend(existing, call) {
    if (!existing.startsWith('#!'))
        return `${call}\n${existing}`;
    const newline = existing.indexOf('\n');
    return newline === -1 ? `${existing}\n${call}\n` : `${existing.slice(0, newline + 1)}${call}\n${existing.slice(newline + 1)}`;
}
