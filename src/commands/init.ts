// `aiguard init`: installs the hooks through the hook manager the repository already uses, or natively.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCommandArgs } from '../cli-args.js';
import { UsageError } from '../errors.js';
import { openRepository, type Repository } from '../git/repository.js';
import { runGit } from '../git/run-git.js';
import { applyChanges, describe, type Change } from '../init/changes.js';

export const INIT_USAGE = `Usage: aiguard init [--dry-run] [--native] [--policy]
  Installs the pre-commit, commit-msg and pre-push hooks in the repository at the current directory:
  husky (listed in package.json or .husky/ present) → .husky/<hook>; lefthook (lefthook.yml) → its commands;
  pre-commit framework (.pre-commit-config.yaml) → a local repo entry; otherwise native hooks in
  .git/aiguard-hooks with core.hooksPath, chaining the hooks already there. Running it again changes nothing.
  --dry-run   print what would change, change nothing
  --native    native hooks even when a hook manager is present
  --policy    also write a starter policy file`;

const LEFTHOOK_FILES = ['lefthook.yml', 'lefthook.yaml', '.lefthook.yml', '.lefthook.yaml'];

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
  if (repo.bare || !repo.root) throw new UsageError('aiguard init: a bare repository has no local hooks; copy hooks/pre-receive into its hooks/ (see docs/hooks.md)');
  const dryRun = values['dry-run'] === true;
  const { manager, changes } = await plan(repo, values.native === true);
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

async function plan(repo: Repository, forceNative: boolean): Promise<{ manager: string; changes: Change[] }> {
  const root = repo.root!;
  if (!forceNative && usesHusky(root)) {
    const { huskyChanges } = await import('../init/husky.js');
    const changes = huskyChanges(root);
    const hooksPath = (await runGit(['config', '--get', 'core.hooksPath'], root)).stdout.toString('utf8').trim();
    if (changes.length > 0 && hooksPath !== '.husky/_') changes.push({ type: 'note', summary: 'then run: npx husky (npm install runs it too, through the prepare script) so git calls .husky/' });
    return { manager: 'husky', changes };
  }
  const lefthookFile = forceNative ? undefined : LEFTHOOK_FILES.find((name) => existsSync(join(root, name)));
  if (lefthookFile) {
    const { lefthookChanges } = await import('../init/lefthook.js');
    return { manager: 'lefthook', changes: await lefthookChanges(join(root, lefthookFile)) };
  }
  if (!forceNative && existsSync(join(root, '.pre-commit-config.yaml'))) {
    const { preCommitFrameworkChanges } = await import('../init/pre-commit-framework.js');
    const changes = await preCommitFrameworkChanges(join(root, '.pre-commit-config.yaml'));
    if (changes.length > 0) changes.push({ type: 'note', summary: 'then run: pre-commit install (installs pre-commit, commit-msg and pre-push)' });
    return { manager: 'pre-commit framework', changes };
  }
  const { nativeChanges } = await import('../init/native.js');
  return { manager: 'native hooks', changes: await nativeChanges(repo) };
}

function usesHusky(root: string): boolean {
  if (existsSync(join(root, '.husky'))) return true;
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return Boolean(pkg.devDependencies?.husky ?? pkg.dependencies?.husky);
  } catch {
    return false;
  }
}

/** `aiguard init --policy`: a commented starter .aiguardrc.yaml; never over an existing config. */
async function writeStarterPolicy(root: string, dryRun: boolean): Promise<string[]> {
  const { writeStarterPolicy: write } = await import('../policy/starter-policy.js');
  const result = await write(root, { dryRun });
  if (result.existing) return [`a policy exists already (${relative(root, result.existing)}): nothing written`];
  const shown = result.text.trimEnd().split('\n').map((line) => `  ${line}`);
  if (!result.written) return [`would write ${relative(root, result.path)}, ${result.scopeNote}:`, ...shown];
  return [`wrote ${relative(root, result.path)}, ${result.scopeNote} (check it with: aiguard config print)`];
}
