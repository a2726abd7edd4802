// The hooks `aiguard init` installs, and how each hook manager's entry calls the one hook runner.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hookRunnerText } from '../assets/hook-runner.js';
import type { Change } from './changes.js';

export const INSTALLED_HOOKS = ['pre-commit', 'commit-msg', 'pre-push'] as const;
export type InstalledHook = (typeof INSTALLED_HOOKS)[number];

/** Where init writes the runner for hook managers: committed with their config, so every clone has it. */
export const RUNNER_PATH = '.aiguard/aiguard-runner.sh';
export const RUNNER_NAME = 'aiguard-runner.sh';

/** `sh` is at /bin/sh even with the minimal PATH a GUI git client gives hooks; the runner finds node itself. */
export function runnerCommand(hook: InstalledHook): string {
  return `sh ${RUNNER_PATH} ${hook}`;
}

/** A line in a shell hook file (husky): git's own arguments passed through, stdin inherited. */
export function shellCall(hook: InstalledHook): string {
  return hook === 'pre-commit' ? runnerCommand(hook) : `${runnerCommand(hook)} "$@"`;
}

/** A hook file that already calls aiguard: the runner, or `aiguard hook X` as older versions and hand-written hooks do. */
export function marksHook(text: string, hook: InstalledHook): boolean {
  return new RegExp(`(?:^|[\\s/])(?:(?:aiguard|cli\\.js)\\s+hook|aiguard-runner\\.sh)\\s+${hook}\\b`, 'm').test(text);
}

/** The runner at RUNNER_PATH, written when missing or different from this version's. */
export function runnerFileChange(root: string): Change[] {
  const path = join(root, RUNNER_PATH);
  const text = hookRunnerText();
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return [];
  return [{ type: 'file', path, content: text, executable: true, summary: 'the aiguard hook runner (commit it with the hook config)' }];
}

/** Uninstall: the runner file and its folder when nothing else is in it. */
export function runnerFileRemoval(root: string): Change[] {
  const path = join(root, RUNNER_PATH);
  return existsSync(path) ? [{ type: 'remove', path, removeEmptyParent: true, summary: 'remove the aiguard hook runner' }] : [];
}
