import type { Finding, Verdict } from '../types.js';
import type { Policy } from './policy.js';
import { applyLevels } from './levels.js';
import { matchLiteralIgnore } from './ignore-paths.js';
import { applyBaseline, baselineRepoPath, type Baseline, type PatchIds } from './baseline.js';
import { applyAllow } from './allow.js';
import { applyEffectiveDate } from './effective-date.js';

/** What the policy needs to know about the run besides the findings. */
export interface PolicyContext {
  /**
   * True where commits are about to enter a protected branch (ci on a pull request, pre-push, pre-receive):
   * there the effective date does not grandfather, since committer dates are forgeable.
   */
  gate: boolean;
  /** Repository root (work tree) or git dir, for the baseline file. */
  repoDir?: string;
  /** Today, for allow entries that expire (tests pass a fixed date). */
  now?: Date;
  /** The baseline the caller read (the file in the repository, or CI's copy at the base revision); none when absent. */
  baseline?: Baseline;
  /** Where the baseline came from, for the note on each finding it covers. */
  baselineLabel?: string;
  /** Patch ids of the commits the baseline could cover (the pipeline reads them from git). */
  patchIds?: PatchIds;
}

/** Findings under the policy, in this order: ignore → levels → baseline → allow → effective date. */
export async function applyPolicy(findings: Finding[], policy: Policy, context: PolicyContext = { gate: false }): Promise<Verdict[]> {
  const ignoredBaselineFile = context.repoDir ? baselineRepoPath(context.repoDir, policy.baseline) : undefined;
  const kept = await dropIgnored(findings, policy.ignore, ignoredBaselineFile);
  let result = applyLevels(kept, policy);
  if (policy.baseline !== false)
    result = applyBaseline(result, context.baseline, context.baselineLabel ?? policy.baseline, context.patchIds);
  result = await applyAllow(result, policy.allow, context.now ?? new Date());
  return applyEffectiveDate(result, { effective: policy.effective, trustCommitDates: policy.trustCommitDates, gate: context.gate });
}

async function dropIgnored(findings: Finding[], ignore: string[], baselineFile: string | undefined): Promise<Finding[]> {
  // The baseline lists evidence verbatim: it must not report itself (a change to it is still aiguard's own finding).
  const withoutBaseline = baselineFile
    ? findings.filter((finding) => finding.path !== baselineFile || finding.tool === 'aiguard')
    : findings;
  if (ignore.length === 0 || !withoutBaseline.some((finding) => finding.path)) return withoutBaseline;
  const quick = withoutBaseline.map((finding) => (finding.path ? matchLiteralIgnore(ignore, finding.path) : false));
  if (!quick.includes(undefined)) return withoutBaseline.filter((_, index) => !quick[index]);
  const micromatch = (await import('micromatch')).default;
  return withoutBaseline.filter((finding) => !finding.path || !micromatch.isMatch(finding.path, ignore, { dot: true }));
}
