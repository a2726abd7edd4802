import type { Finding } from '../types.js';
import type { Policy } from './policy.js';
import { applyLevels } from './levels.js';

/** Findings under the policy: ignored paths dropped, levels applied. */
export async function applyPolicy(findings: Finding[], policy: Policy): Promise<Finding[]> {
  const kept = await dropIgnored(findings, policy.ignore);
  return applyLevels(kept, policy);
}

async function dropIgnored(findings: Finding[], ignore: string[]): Promise<Finding[]> {
  if (ignore.length === 0 || !findings.some((finding) => finding.path)) return findings;
  const micromatch = (await import('micromatch')).default;
  return findings.filter((finding) => !finding.path || !micromatch.isMatch(finding.path, ignore, { dot: true }));
}
