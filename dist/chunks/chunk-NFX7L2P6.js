import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/report/build-report.ts
function summarize(findings, commitsScanned) {
  const summary = {
    total: findings.length,
    blocking: 0,
    warning: 0,
    info: 0,
    allowed: 0,
    baselined: 0,
    grandfathered: 0,
    commitsScanned,
    byTool: {}
  };
  for (const finding of findings) {
    summary[finding.status]++;
    summary.byTool[finding.tool] = (summary.byTool[finding.tool] ?? 0) + 1;
  }
  return summary;
}
function buildReport(findings, commitsScanned) {
  return { version: 1, findings, summary: summarize(findings, commitsScanned) };
}
function isBlocking(report) {
  return report.summary.blocking > 0;
}
var FIX_BY_FIELD = {
  title: () => "Edit the pull request's title to remove it",
  body: (finding) => `Edit the pull request's description to remove ${finding.line ? `line ${finding.line}` : "it"}`
};
function fixFor(finding) {
  const placeFix = finding.kind !== "pull-request" && finding.field !== void 0 ? FIX_BY_FIELD[finding.field] : void 0;
  if (placeFix) return placeFix(finding);
  return finding.fix.replaceAll("{path}", finding.path ? shellQuote(finding.path) : "<file>");
}
function shellQuote(text) {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

export {
  buildReport,
  isBlocking,
  fixFor,
  shellQuote
};
