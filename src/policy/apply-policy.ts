import type { Finding } from '../types.js';
import type { Policy } from './policy.js';
import { applyLevels } from './levels.js';
import { matchLiteralIgnore } from './ignore-paths.js';

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
}

/** Findings under the policy: ignored paths dropped, levels applied. */
export async function applyPolicy(findings: Finding[], policy: Policy, _context: PolicyContext = { gate: false }): Promise<Finding[]> {
  const kept = await dropIgnored(findings, policy.ignore);
  return applyLevels(kept, policy);
}

async function dropIgnored(findings: Finding[], ignore: string[]): Promise<Finding[]> {
  if (ignore.length === 0 || !findings.some((finding) => finding.path)) return findings;
  const quick = findings.map((finding) => (finding.path ? matchLiteralIgnore(ignore, finding.path) : false));
  if (!quick.includes(undefined)) return findings.filter((_, index) => !quick[index]);
  const micromatch = (await import('micromatch')).default;
  return findings.filter((finding) => !finding.path || !micromatch.isMatch(finding.path, ignore, { dot: true }));
}
