import type { Verdict } from '../types.js';
import type { AllowEntry } from './policy.js';
import { isActive } from './finding-status.js';
import { parseIsoDate } from '../util/iso-date.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Findings an entry covers become `allowed`, with its reason as the note. An entry applies through the whole
 * of its `expires` day (UTC) and not after; a finding it would have covered says when it expired.
 */
export async function applyAllow(findings: Verdict[], entries: AllowEntry[], now: Date): Promise<Verdict[]> {
  if (entries.length === 0) return findings;
  const micromatch = entries.some((entry) => entry.paths?.length || entry.rules?.length) ? (await import('micromatch')).default : undefined;
  const compiled = entries.map((entry) => ({
    entry,
    evidence: entry.evidence === undefined ? undefined : new RegExp(entry.evidence, 'i'),
    expired: entry.expires !== undefined && now.getTime() >= parseIsoDate(entry.expires, 'allow.expires').getTime() + DAY,
  }));
  const matches = (item: (typeof compiled)[number], finding: Verdict): boolean => {
    const { entry } = item;
    if (entry.paths?.length && (!finding.path || !micromatch!.isMatch(finding.path, entry.paths, { dot: true }))) return false;
    if (entry.rules?.length && !micromatch!.isMatch(finding.ruleId, entry.rules)) return false;
    const commit = finding.commit?.toLowerCase();
    if (entry.commits?.length && (!commit || !entry.commits.some((id) => commit === id.toLowerCase()))) return false;
    if (item.evidence && !item.evidence.test(finding.evidence)) return false;
    return true;
  };
  return findings.map((finding) => {
    if (!isActive(finding)) return finding;
    const matching = compiled.filter((item) => matches(item, finding));
    const live = matching.find((item) => !item.expired);
    if (live) {
      const until = live.entry.expires ? ` (until ${live.entry.expires})` : '';
      return { ...finding, status: 'allowed', note: `allowed${until}: ${live.entry.reason}` };
    }
    const expired = matching[0];
    if (!expired) return finding;
    return { ...finding, note: `the allow entry "${expired.entry.reason}" expired on ${expired.entry.expires}` };
  });
}
