// `aiguard uninstall`: removes exactly what `aiguard init` added, through the same hook manager; idempotent.
import { parseCommandArgs } from '../cli-args.js';
import { UsageError } from '../errors.js';
import { openRepository } from '../git/repository.js';
import { applyChanges, describe, type Change } from '../init/changes.js';
import { detectManager } from '../init/detect-manager.js';

export const UNINSTALL_USAGE = `Usage: aiguard uninstall [--dry-run] [--native]
  Removes the hooks aiguard init installed in the repository at the current directory: the aiguard lines of
  .husky/<hook>, the aiguard commands of lefthook.yml, the aiguard entry of .pre-commit-config.yaml, or the native
  hook stubs (a hook kept as <hook>.before-aiguard goes back in place), and .aiguard/aiguard-runner.sh.
  Anything else stays. Running it again changes nothing.
  --dry-run   print what would change, change nothing
  --native    the native hooks even when a hook manager is present`;

export async function uninstallCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('uninstall', argv, {
    'dry-run': { type: 'boolean' },
    native: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${UNINSTALL_USAGE}\n`);
    return 0;
  }
  const repo = await openRepository('.');
  if (repo.bare || !repo.root) {
    throw new UsageError('aiguard uninstall: a bare repository has no local hooks; remove hooks/pre-receive by hand');
  }
  const root = repo.root;
  const manager = detectManager(root, values.native === true);
  let changes: Change[];
  if (manager.name === 'husky') changes = (await import('../init/husky.js')).huskyRemovals(root);
  else if (manager.name === 'lefthook') changes = await (await import('../init/lefthook.js')).lefthookRemovals(manager.file);
  else if (manager.name === 'pre-commit framework') {
    changes = await (await import('../init/pre-commit-framework.js')).preCommitFrameworkRemovals(manager.file);
  } else changes = await (await import('../init/native.js')).nativeRemovals(root);
  if (changes.length === 0) {
    process.stdout.write(`aiguard uninstall: ${manager.name}: nothing of aiguard's installed, nothing to change\n`);
    return 0;
  }
  const dryRun = values['dry-run'] === true;
  process.stdout.write(`aiguard uninstall: ${manager.name}: ${dryRun ? 'would change' : 'changed'}:\n`);
  for (const change of changes) process.stdout.write(`  ${describe(change, root)}\n`);
  if (!dryRun) await applyChanges(changes, root);
  return 0;
}
