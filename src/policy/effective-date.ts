import type { Verdict } from '../types.js';
import { isActive } from './finding-status.js';
import { parseIsoDate } from '../util/iso-date.js';

export interface EffectiveDateOptions {
  effective?: string;
  trustCommitDates: boolean;
  /** Commits about to enter a protected branch: dates are forgeable, so they are always checked. */
  gate: boolean;
}

/** Findings from commits committed before the effective date become `grandfathered` in history scans. */
export function applyEffectiveDate(findings: Verdict[], options: EffectiveDateOptions): Verdict[] {
  if (options.effective === undefined) return findings;
  if (options.gate && !options.trustCommitDates) return findings;
  const effective = parseIsoDate(options.effective, 'effective').getTime();
  return findings.map((finding) => {
    if (!isActive(finding) || finding.commitDate === undefined) return finding;
    const committed = Date.parse(finding.commitDate);
    // An unreadable date is not "earlier": fail closed and keep the finding.
    if (Number.isNaN(committed) || committed >= effective) return finding;
    return {
      ...finding,
      status: 'grandfathered',
      note: `committed ${finding.commitDate}, before the policy's effective date ${options.effective}`,
    };
  });
}
