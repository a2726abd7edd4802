import type { Report } from '../types.js';
import type { FormatContext } from './format-context.js';
import { displayText, safeJson } from './safe-text.js';
import { fixFor } from './build-report.js';
import { findingMessage, placeOf } from './report-place.js';
import { isActive } from '../policy/finding-status.js';

const SEVERITY: Record<string, string> = { blocking: 'blocker', warning: 'major', info: 'info' };

/** GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues with a path and a line. */
export function formatGitlab(report: Report, context?: FormatContext): string {
  const issues = report.findings.filter(isActive).map((finding) => {
    const place = placeOf(finding);
    return {
      type: 'issue',
      check_name: finding.ruleId,
      description: findingMessage(finding, report.rules),
      content: { body: `Fix: ${displayText(fixFor(finding, report.rules, context?.rootCommits))}` },
      categories: ['Security'],
      fingerprint: finding.fingerprint,
      severity: SEVERITY[finding.status] ?? 'info',
      location: { path: place.file ?? place.logical!.fullyQualifiedName, lines: { begin: finding.line ?? 1 } },
    };
  });
  return `${safeJson(JSON.stringify(issues, null, 2))}\n`;
}
