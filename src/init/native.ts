// Native hooks: the runner and a one-line stub a hook in the hooks folder git already uses (`git rev-parse --git-path
// hooks`: the repository's hooks/, or core.hooksPath when set). No absolute path is written anywhere, so a moved
// repository keeps its hooks, and every linked worktree shares them. A hook that was there is kept beside the stub
// as <hook>.before-aiguard, which the runner calls after aiguard passes; uninstall puts it back.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { git } from '../git/run-git.js';
import { UsageError } from '../errors.js';
import { hookRunnerText } from '../assets/hook-runner.js';
import type { Change } from './changes.js';
import { INSTALLED_HOOKS, RUNNER_NAME } from './hook-lines.js';

export const NATIVE_STUB = `#!/bin/sh\n. "\${0%/*}/${RUNNER_NAME}"\n`;
const CHAINED = '.before-aiguard';

export async function hooksFolder(root: string): Promise<string> {
  return resolve(root, (await git(['rev-parse', '--git-path', 'hooks'], root)).trim());
}

export async function nativeChanges(root: string): Promise<Change[]> {
  const folder = await hooksFolder(root);
  const changes: Change[] = [];
  const runner = join(folder, RUNNER_NAME);
  if (!existsSync(runner) || readFileSync(runner, 'utf8') !== hookRunnerText()) {
    changes.push({ type: 'file', path: runner, content: hookRunnerText(), executable: true, summary: 'the aiguard hook runner' });
  }
  for (const hook of INSTALLED_HOOKS) {
    const path = join(folder, hook);
    if (isStub(path)) continue;
    if (existsSync(path)) {
      if (existsSync(path + CHAINED)) throw new UsageError(`aiguard init: ${path} and ${path}${CHAINED} both exist; move one away first`);
      changes.push({ type: 'rename', from: path, to: path + CHAINED, summary: `kept: runs after aiguard passes` });
    }
    const chained = existsSync(path) ? `, then the existing ${hook} hook` : '';
    changes.push({ type: 'file', path, content: NATIVE_STUB, executable: true, summary: `aiguard hook ${hook}${chained}` });
  }
  return changes;
}

export async function nativeRemovals(root: string): Promise<Change[]> {
  const folder = await hooksFolder(root);
  const changes: Change[] = [];
  for (const hook of INSTALLED_HOOKS) {
    const path = join(folder, hook);
    if (!isStub(path)) continue;
    changes.push({ type: 'remove', path, summary: `remove the aiguard ${hook} hook` });
    const summary = `the ${hook} hook from before aiguard, back in place`;
    if (existsSync(path + CHAINED)) changes.push({ type: 'rename', from: path + CHAINED, to: path, summary });
  }
  const runner = join(folder, RUNNER_NAME);
  if (existsSync(runner)) changes.push({ type: 'remove', path: runner, summary: 'remove the aiguard hook runner' });
  return changes;
}

/** Only the stub init writes counts as aiguard's: a hand-written hook is never removed or replaced. */
function isStub(path: string): boolean {
  try {
    return statSync(path).isFile() && readFileSync(path, 'utf8') === NATIVE_STUB;
  } catch {
    return false;
  }
}
