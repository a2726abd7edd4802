import type { Report } from '../types.js';
import { safeJson } from './safe-text.js';
import { ruleTextOf } from './rule-text.js';

/**
 * The contract's one object; strings keep the repository's text exactly, escaped where a log would act on it.
 * Each finding carries its rule's description and raw fix (docs/ci.md), looked up by id, in the place they always had.
 */
export function formatJson(report: Report): string {
  const { version, summary } = report;
  const findings = report.findings.map((finding) => {
    const { ruleId, tool, kind, severity, evidence, fingerprint, ...rest } = finding;
    const { description, fix } = ruleTextOf(report.rules, finding);
    return { ruleId, tool, kind, severity, evidence, fingerprint, description, fix, ...rest };
  });
  return `${safeJson(JSON.stringify({ version, findings, summary }, null, 2))}\n`;
}
