// husky v9: .husky/<hook> is a plain shell script that husky's wrapper runs; aiguard's line calls the runner.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Change } from './changes.js';
import { INSTALLED_HOOKS, marksHook, runnerFileChange, runnerFileRemoval, shellCall } from './hook-lines.js';

export function huskyChanges(root: string): Change[] {
  const changes: Change[] = [];
  for (const hook of INSTALLED_HOOKS) {
    const path = join(root, '.husky', hook);
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (existing !== undefined && marksHook(existing, hook)) continue;
    const call = shellCall(hook);
    if (existing === undefined) {
      changes.push({ type: 'file', path, content: `${call}\n`, executable: true, summary: `create with: ${call}` });
      continue;
    }
    // pre-push reads the update lines on stdin: aiguard goes first, before another command can consume them.
    const content = hook === 'pre-push' ? afterShebang(existing, call) : beforeExit(existing, call);
    changes.push({ type: 'file', path, content, executable: true, summary: `add: ${call}` });
  }
  return [...runnerFileChange(root), ...changes];
}

export function huskyRemovals(root: string): Change[] {
  const changes: Change[] = [];
  for (const hook of INSTALLED_HOOKS) {
    const path = join(root, '.husky', hook);
    if (!existsSync(path)) continue;
    const existing = readFileSync(path, 'utf8');
    const call = shellCall(hook);
    const lines = existing.split('\n');
    const kept = lines.filter((line) => line.trim() !== call);
    if (kept.length === lines.length) continue;
    const content = kept.join('\n');
    if (content.trim() === '') changes.push({ type: 'remove', path, summary: `remove (it held only: ${call})` });
    else changes.push({ type: 'file', path, content, executable: true, summary: `remove: ${call}` });
  }
  return [...changes, ...runnerFileRemoval(root)];
}

/** The call goes before the first top-level `exit`, which would otherwise end the hook before aiguard runs. */
export function beforeExit(existing: string, call: string): string {
  const lines = existing.split('\n');
  const exitLine = lines.findIndex((line) => /^exit\b/.test(line));
  if (exitLine === -1) return `${existing}${existing.endsWith('\n') || existing === '' ? '' : '\n'}${call}\n`;
  return [...lines.slice(0, exitLine), call, ...lines.slice(exitLine)].join('\n');
}

function afterShebang(existing: string, call: string): string {
  if (!existing.startsWith('#!')) return `${call}\n${existing}`;
  const newline = existing.indexOf('\n');
  return newline === -1 ? `${existing}\n${call}\n` : `${existing.slice(0, newline + 1)}${call}\n${existing.slice(newline + 1)}`;
}
