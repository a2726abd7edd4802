import type { Finding, Report, Summary } from '../types.js';

export function summarize(findings: Finding[], commitsScanned: number): Summary {
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
export function buildReport(findings: Finding[], commitsScanned: number): Report {
  return { version: 1, findings, summary: summarize(findings, commitsScanned) };
}

export function isBlocking(report: Report): boolean {
  return report.summary.blocking > 0;
}

/** The fix text with the finding's path filled in. */
export function fixFor(finding: Finding): string {
  return finding.fix.replaceAll('{path}', finding.path ? shellQuote(finding.path) : '<file>');
}

export function shellQuote(text: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
