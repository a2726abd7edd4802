import type { Finding } from '../types.js';
import { relative } from 'node:path';
import { parseCommandArgs } from '../cli-args.js';
import { openRepository } from '../git/repository.js';
import { treeSubjects } from '../sources/tree.js';
import { rangeSubjectBatches } from '../sources/range.js';
import { collectFindings, loadEngine } from '../scan-pipeline.js';
import { applyPolicy } from '../policy/apply-policy.js';
import { baselinePath, findingsToRecord, readBaseline, updateBaseline, writeBaseline } from '../policy/baseline.js';
import { UsageError } from '../errors.js';

export const BASELINE_USAGE = `Usage: aiguard baseline [PATH] [options]
  Records the findings of the tree and of all history of the repository at PATH (default: the current
  directory) in the policy's baseline file (default .aiguard-baseline.json), so that only new ones fail.
  Entries are fingerprints of rule, path and evidence: rebases and squashes keep them valid.
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
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir: repoDir });
  const file = baselinePath(repoDir, policy.baseline);
  if (!file) throw new UsageError(`${policy.origins?.baseline ?? 'config'}: baseline: false (the policy turns baselines off)`);

  const findings: Finding[] = [];
  await collectFindings(ruleSet.matchers, await treeSubjects(repo, ruleSet.matchers.contentKeywords), findings);
  let commits = 0;
  if (repo.hasHead) await collectFindings(ruleSet.matchers, rangeSubjectBatches(repo, { revisions: ['--all'], content: true, onCommit: () => commits++ }), findings);
  // Levels and allow entries first: findings an entry allows stay under that entry, so its expiry still bites.
  const judged = await applyPolicy(findings, policy, { gate: false, repoDir, skipBaseline: true });
  const label = relative(repoDir, file) || file;
  const { baseline, added, pruned } = updateBaseline(readBaseline(file, label), findingsToRecord(judged), values.prune === true);
  writeBaseline(file, baseline);
  const prunedText = values.prune ? `, ${pruned} pruned` : '';
  process.stdout.write(`aiguard: ${baseline.entries.length} entries in ${label} (${added} new${prunedText}; tree and ${commits} commits scanned)\n`);
  return 0;
}
