// What `aiguard init` and `aiguard uninstall` change, as data: printed by --dry-run, applied otherwise.
import { chmodSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { git } from '../git/run-git.js';

export type Change =
  | { type: 'file'; path: string; content: string; executable?: boolean; summary: string }
  | { type: 'rename'; from: string; to: string; summary: string }
  | { type: 'remove'; path: string; removeEmptyParent?: boolean; summary: string }
  | { type: 'git-config'; key: string; value: string; summary: string }
  | { type: 'git-config-unset'; key: string; summary: string }
  | { type: 'note'; summary: string };

export function describe(change: Change, root: string): string {
  const show = (path: string): string => relative(root, path) || path;
  if (change.type === 'file' || change.type === 'remove') return `${show(change.path)}: ${change.summary}`;
  if (change.type === 'rename') return `${show(change.from)} → ${show(change.to)}: ${change.summary}`;
  if (change.type === 'git-config') return `git config ${change.key} ${change.value}: ${change.summary}`;
  if (change.type === 'git-config-unset') return `git config --unset ${change.key}: ${change.summary}`;
  return change.summary;
}

export async function applyChanges(changes: Change[], cwd: string): Promise<void> {
  for (const change of changes) {
    if (change.type === 'file') {
      mkdirSync(dirname(change.path), { recursive: true });
      writeFileSync(change.path, change.content);
      if (change.executable) chmodSync(change.path, 0o755);
    } else if (change.type === 'rename') {
      renameSync(change.from, change.to);
    } else if (change.type === 'remove') {
      rmSync(change.path, { force: true });
      if (change.removeEmptyParent && readdirSync(dirname(change.path)).length === 0) rmdirSync(dirname(change.path));
    } else if (change.type === 'git-config') {
      await git(['config', '--local', change.key, change.value], cwd);
    } else if (change.type === 'git-config-unset') {
      await git(['config', '--local', '--unset', change.key], cwd);
    }
  }
}

/** Shell single quotes, for paths written into generated scripts. */
export function shQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}
