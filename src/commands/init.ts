// `aiguard init`: installs the hooks through the hook manager the repository already uses, or natively.
import { relative } from 'node:path';
import { parseCommandArgs } from '../cli-args.js';
import { UsageError } from '../errors.js';
import { openRepository } from '../git/repository.js';
import { runGit } from '../git/run-git.js';
import { applyChanges, describe, type Change } from '../init/changes.js';
import { detectManager } from '../init/detect-manager.js';

export const INIT_USAGE = `Usage: aiguard init [--dry-run] [--native] [--policy]
  Installs the pre-commit, commit-msg and pre-push hooks in the repository at the current directory:
  husky (listed in package.json or .husky/ present) → .husky/<hook>; lefthook (lefthook.yml) → its commands;
  pre-commit framework (.pre-commit-config.yaml) → a local repo entry; each calls .aiguard/aiguard-runner.sh
  (commit it). Otherwise native hooks in the hooks folder git uses, keeping a hook already there as
  <hook>.before-aiguard. Running it again changes nothing; aiguard uninstall removes what it added.
  --dry-run   print what would change, change nothing
  --native    native hooks even when a hook manager is present
  --policy    also write a starter policy file`;

export async function initCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('init', argv, {
    'dry-run': { type: 'boolean' },
    native: { type: 'boolean' },
    policy: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${INIT_USAGE}\n`);
    return 0;
  }
  const repo = await openRepository('.');
  if (repo.bare || !repo.root) {
    throw new UsageError('aiguard init: a bare repository has no local hooks; copy hooks/pre-receive and hooks/aiguard-runner.sh there');
  }
  const dryRun = values['dry-run'] === true;
  const { manager, changes } = await plan(repo.root, values.native === true);
  const policyLines = values.policy ? await writeStarterPolicy(repo.root, dryRun) : [];
  const actionable = changes.filter((change) => change.type !== 'note');
  const verb = dryRun ? 'would change' : 'changed';
  if (actionable.length === 0) {
    process.stdout.write(`aiguard init: ${manager}: already installed, nothing to change\n`);
  } else {
    process.stdout.write(`aiguard init: ${manager}: ${verb}:\n`);
    for (const change of changes) process.stdout.write(`  ${describe(change, repo.root)}\n`);
    if (!dryRun) await applyChanges(changes, repo.root);
  }
  for (const line of policyLines) process.stdout.write(`aiguard init --policy: ${line}\n`);
  return 0;
}

async function plan(root: string, forceNative: boolean): Promise<{ manager: string; changes: Change[] }> {
  const manager = detectManager(root, forceNative);
  if (manager.name === 'husky') {
    const { huskyChanges } = await import('../init/husky.js');
    const changes = huskyChanges(root);
    const hooksPath = (await runGit(['config', '--get', 'core.hooksPath'], root)).stdout.toString('utf8').trim();
    const summary = 'then run: npx husky (or add "prepare": "husky" to package.json) so git calls .husky/';
    if (changes.length > 0 && hooksPath !== '.husky/_') changes.push({ type: 'note', summary });
    return { manager: manager.name, changes };
  }
  if (manager.name === 'lefthook') {
    const { lefthookChanges } = await import('../init/lefthook.js');
    return { manager: manager.name, changes: await lefthookChanges(manager.file) };
  }
  if (manager.name === 'pre-commit framework') {
    const { preCommitFrameworkChanges } = await import('../init/pre-commit-framework.js');
    const changes = await preCommitFrameworkChanges(manager.file);
    const summary = 'then run: pre-commit install (installs pre-commit, commit-msg and pre-push)';
    if (changes.length > 0) changes.push({ type: 'note', summary });
    return { manager: manager.name, changes };
  }
  const { nativeChanges } = await import('../init/native.js');
  return { manager: manager.name, changes: await nativeChanges(root) };
}

/** `aiguard init --policy`: a commented starter .aiguardrc.yaml; never over an existing config. */
async function writeStarterPolicy(root: string, dryRun: boolean): Promise<string[]> {
  const { writeStarterPolicy: write } = await import('../policy/starter-policy.js');
  const result = await write(root, { dryRun });
  if (result.existing) return [`a policy exists already (${relative(root, result.existing)}): nothing written`];
  const shown = result.text
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`);
  if (!result.written) return [`would write ${relative(root, result.path)}, ${result.scopeNote}:`, ...shown];
  return [`wrote ${relative(root, result.path)}, ${result.scopeNote} (check it with: aiguard config print)`];
}
