import type { Report, Summary, Verdict } from '../types.js';

export function summarize(findings: Verdict[], commitsScanned: number): Summary {
  const summary: Summary = {
    total: findings.length,
    blocking: 0,
    warning: 0,
    info: 0,
    allowed: 0,
    baselined: 0,
    grandfathered: 0,
    commitsScanned,
    byTool: {},
  };
  for (const finding of findings) {
    summary[finding.status]++;
    summary.byTool[finding.tool] = (summary.byTool[finding.tool] ?? 0) + 1;
  }
  return summary;
}

/** Findings in a stable order: commits as git listed them, then by path and line. */
export function buildReport(findings: Verdict[], commitsScanned: number): Report {
  return { version: 1, findings, summary: summarize(findings, commitsScanned) };
}

export function isBlocking(report: Report): boolean {
  return report.summary.blocking > 0;
}

/**
 * Where a finding was read from a place its rule's fix does not edit: a message rule applied to a pull request's
 * title or body cannot be fixed with fix-message or an amend. Pull-request rules' own fixes already speak of the PR.
 */
const FIX_BY_FIELD: Record<string, (finding: Verdict) => string> = {
  title: () => "Edit the pull request's title to remove it",
  body: (finding) => `Edit the pull request's description to remove ${finding.line ? `line ${finding.line}` : 'it'}`,
};

/** The fix text with the finding's path filled in, or the fix of the place it was found in. */
export function fixFor(finding: Verdict): string {
  const placeFix = finding.kind !== 'pull-request' && finding.field !== undefined ? FIX_BY_FIELD[finding.field] : undefined;
  if (placeFix) return placeFix(finding);
  return finding.fix.replaceAll('{path}', finding.path ? shellQuote(finding.path) : '<file>');
}

export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
