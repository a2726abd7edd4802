import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { s as summarizeAudit, t as thousands } from './chunk8.js';
import { F as FINDING_COLUMNS } from './chunk9.js';
import './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/audit/audit-output.ts
var AUDIT_FORMATS = ["text", "json", "csv", "sarif"];
async function formatAudit(format, repositories, findings) {
  if (format === "json") return auditJson(repositories, findings);
  if (format === "csv") return auditCsv(findings);
  if (format === "sarif") return auditSarif(findings);
  return auditText(repositories, findings);
}
function auditText(repositories, findings) {
  const summary = summarizeAudit(repositories, findings);
  const lines = [];
  const width = Math.min(60, Math.max(10, ...summary.repositories.map((row) => row.repository.length)));
  for (const row of summary.repositories) {
    const name = row.repository.padEnd(width);
    if (row.status !== "ok") {
      lines.push(`${name}  ${row.status.toUpperCase()}: ${row.error ?? ""}`);
      continue;
    }
    const what = row.findings === 0 ? "no AI tool traces" : `${row.findings} findings, ${row.blocking} blocking (${row.tools.join(", ")})`;
    const since = row.firstTrace ? `, ${row.firstTrace.slice(0, 10)} \u2026 ${row.lastTrace?.slice(0, 10)}` : "";
    const after = row.afterEffective ? `, ${row.afterEffective} after the effective date` : "";
    lines.push(`${name}  ${what}${since}${after}`);
  }
  const { totals } = summary;
  lines.push(
    "",
    `aiguard audit: ${plural(totals.repositories, "repository", "repositories")}, ${totals.withTraces} with AI tool traces, ${plural(totals.findings, "finding", "findings")} (${totals.blocking} blocking), ${thousands(totals.commitsScanned)} commits scanned` + (totals.failed ? `, ${totals.failed} failed` : "")
  );
  return `${lines.join("\n")}
`;
}
function plural(count, one, many) {
  return `${thousands(count)} ${count === 1 ? one : many}`;
}
function auditJson(repositories, findings) {
  const summary = summarizeAudit(repositories, findings);
  return `${JSON.stringify({ version: 1, totals: summary.totals, repositories: summary.repositories, findings }, null, 2)}
`;
}
function auditCsv(findings) {
  const field = (value) => {
    let text = value === null || value === void 0 ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [FINDING_COLUMNS.join(","), ...findings.map((row) => FINDING_COLUMNS.map((column) => field(row[column])).join(","))];
  return `${lines.join("\r\n")}\r
`;
}
async function auditSarif(findings) {
  const [{ formatSarif }, { buildReport }, { builtinRules }, { ruleTextFor }] = await Promise.all([
    import('./core.js').then(function (n) { return n.O; }),
    import('./core.js').then(function (n) { return n.T; }),
    import('./core.js').then(function (n) { return n.V; }),
    import('./core.js').then(function (n) { return n.W; })
  ]);
  const fired = new Set(findings.map((row) => row.rule_id));
  const rules = {};
  for (const rule of builtinRules()) if (fired.has(rule.id)) rules[rule.id] = ruleTextFor(rule, true);
  return formatSarif(buildReport(findings.map(rowToFinding), 0, rules));
}
function rowToFinding(row) {
  return {
    ruleId: row.rule_id,
    tool: row.tool,
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    evidence: row.evidence,
    fingerprint: row.fingerprint,
    commit: row.commit_id ?? void 0,
    commitSummary: row.summary ?? void 0,
    commitDate: row.committed_at ?? void 0,
    author: row.author ?? void 0,
    path: row.path ?? void 0,
    line: row.line ?? void 0,
    // SARIF has one run for every repository: the note says which one.
    note: [`repository ${row.repository}`, row.note].filter(Boolean).join("; ")
  };
}

export { AUDIT_FORMATS, auditCsv, auditJson, auditText, formatAudit, rowToFinding };
