// What `aiguard init` changes, as data: printed by --dry-run, applied otherwise.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { git } from '../git/run-git.js';
export function describe(change, root) {
    if (change.type === 'file')
        return `${relative(root, change.path) || change.path}: ${change.summary}`;
    if (change.type === 'git-config')
        return `git config ${change.key} ${change.value}: ${change.summary}`;
    return change.summary;
}
export async function applyChanges(changes, cwd) {
    for (const change of changes) {
        if (change.type === 'file') {
            mkdirSync(dirname(change.path), { recursive: true });
            writeFileSync(change.path, change.content);
            if (change.executable)
                chmodSync(change.path, 0o755);
        }
        else if (change.type === 'git-config') {
            await git(['config', '--local', change.key, change.value], cwd);
        }
    }
}
/** Shell single quotes, for paths written into generated scripts. */
export function shQuote(text) {
    return `'${text.replaceAll("'", "'\\''")}'`;
}
