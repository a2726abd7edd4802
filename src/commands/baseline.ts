import { relative } from 'node:path';
import { parseCommandArgs } from '../cli-args.js';
import { openRepository } from '../git/repository.js';
import { treeSource } from '../sources/tree.js';
import { historySource } from '../sources/range.js';
import { allRefObjectsSource } from '../sources/ref-objects.js';
import { loadEngine, runPipeline } from '../pipeline.js';
import {
  baselinePath,
  commitsToRecord,
  findingsToRecord,
  readBaselineForUpdate,
  updateBaseline,
  writeBaseline,
} from '../policy/baseline.js';
import { patchIds } from '../git/patch-ids.js';
import { UsageError } from '../errors.js';

export const BASELINE_USAGE = `Usage: aiguard baseline [PATH] [options]
  Records the findings of the tree and of all history of the repository at PATH (default: the current
  directory) in the policy's baseline file (default .aiguard-baseline.json), so that only new ones fail.
  A message or identity finding is recorded for its commit (author, author date and patch id, which a rebase
  keeps): the same trailer in a later commit still fails. Path findings cover the path; content and settings
  findings the same text at the same path.
  --prune      drop entries that no longer match any finding
  --config F   the policy file (default: found in the repository root)`;

/** `aiguard baseline`: the findings of today, recorded so that adopting the ban needs no history rewrite. */
export async function baselineCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'baseline',
    argv,
    { prune: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    1,
  );
  if (values.help) {
    process.stdout.write(`${BASELINE_USAGE}\n`);
    return 0;
  }
  const repo = await openRepository(positionals[0] ?? '.');
  const repoDir = repo.root ?? repo.cwd;
  const engine = await loadEngine({ configFile: values.config, searchDir: repoDir });
  const file = baselinePath(repoDir, engine.policy.baseline);
  if (!file) throw new UsageError(`${engine.policy.origins?.baseline ?? 'config'}: baseline: false (the policy turns baselines off)`);
  const label = relative(repoDir, file) || file;
  const previous = readBaselineForUpdate(file, label);

  // The same pipeline as scan --all: tree, every commit, tags and notes, settings files included, judged without any baseline.
  const sources = [treeSource(repo, { content: true })];
  // Merges are read as scan --all reads them (--cc), so the baseline records what that scan reports.
  if (repo.hasHead) sources.push(historySource(repo.cwd, { revisions: ['--all'], content: true, merges: 'combined' }));
  sources.push(allRefObjectsSource(repo.cwd));
  const { report, commitsScanned } = await runPipeline(engine, sources, { gate: false, repoDir, baseline: false });
  // Levels and allow entries first: findings an entry allows stay under that entry, so its expiry still bites.
  const recorded = findingsToRecord(report.findings);
  const commits = commitsToRecord(recorded);
  const { baseline, added, pruned } = updateBaseline(previous.baseline, recorded, await patchIds(repo.cwd, commits), values.prune === true);
  writeBaseline(file, baseline);
  const prunedText = values.prune ? `, ${pruned} pruned` : '';
  const migrated = previous.migratedFrom
    ? `; rewritten from version ${previous.migratedFrom}, whose entries covered future commits too`
    : '';
  process.stdout.write(
    `aiguard: ${baseline.entries.length} entries in ${label} ` +
      `(${added} new${prunedText}; tree and ${commitsScanned} commits scanned${migrated})\n`,
  );
  return 0;
}
