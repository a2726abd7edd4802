// The audit's report on standard output or --output: text (a line per repository), json, csv (a row per finding), sarif.
import type { Kind, RuleText, Severity, Status, Verdict } from '../types.js';
import type { FindingRow, RepositoryRow } from './store.js';
import { FINDING_COLUMNS } from './store.js';
import { summarizeAudit, thousands } from './audit-summary.js';

export const AUDIT_FORMATS = ['text', 'json', 'csv', 'sarif'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export async function formatAudit(format: AuditFormat, repositories: RepositoryRow[], findings: FindingRow[]): Promise<string> {
  if (format === 'json') return auditJson(repositories, findings);
  if (format === 'csv') return auditCsv(findings);
  if (format === 'sarif') return auditSarif(findings);
  return auditText(repositories, findings);
}

export function auditText(repositories: RepositoryRow[], findings: FindingRow[]): string {
  const summary = summarizeAudit(repositories, findings);
  const lines: string[] = [];
  const width = Math.min(60, Math.max(10, ...summary.repositories.map((row) => row.repository.length)));
  for (const row of summary.repositories) {
    const name = row.repository.padEnd(width);
    if (row.status !== 'ok') {
      lines.push(`${name}  ${row.status.toUpperCase()}: ${row.error ?? ''}`);
      continue;
    }
    const what = row.findings === 0 ? 'no AI tool traces' : `${row.findings} findings, ${row.blocking} blocking (${row.tools.join(', ')})`;
    const since = row.firstTrace ? `, ${row.firstTrace.slice(0, 10)} … ${row.lastTrace?.slice(0, 10)}` : '';
    const after = row.afterEffective ? `, ${row.afterEffective} after the effective date` : '';
    lines.push(`${name}  ${what}${since}${after}`);
  }
  const { totals } = summary;
  lines.push(
    '',
    `aiguard audit: ${plural(totals.repositories, 'repository', 'repositories')}, ${totals.withTraces} with AI tool traces, ` +
      `${plural(totals.findings, 'finding', 'findings')} ` +
      `(${totals.blocking} blocking), ${thousands(totals.commitsScanned)} commits scanned` +
      (totals.failed ? `, ${totals.failed} failed` : ''),
  );
  return `${lines.join('\n')}\n`;
}

function plural(count: number, one: string, many: string): string {
  return `${thousands(count)} ${count === 1 ? one : many}`;
}

export function auditJson(repositories: RepositoryRow[], findings: FindingRow[]): string {
  const summary = summarizeAudit(repositories, findings);
  return `${JSON.stringify({ version: 1, totals: summary.totals, repositories: summary.repositories, findings }, null, 2)}\n`;
}

/** RFC 4180: every field quoted when it holds a comma, quote or line break; a formula-looking field is defused for spreadsheets. */
export function auditCsv(findings: FindingRow[]): string {
  const field = (value: unknown): string => {
    let text = value === null || value === undefined ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [FINDING_COLUMNS.join(','), ...findings.map((row) => FINDING_COLUMNS.map((column) => field(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

async function auditSarif(findings: FindingRow[]): Promise<string> {
  const [{ formatSarif }, { buildReport }, { builtinRules }, { ruleTextFor }] = await Promise.all([
    import('../report/sarif.js'),
    import('../report/build-report.js'),
    import('../detect/builtin-rules.js'),
    import('../report/rule-text.js'),
  ]);
  // The store keeps findings, not rule texts: the built-in packs give them (an organisation's own rule reads as its id).
  const fired = new Set(findings.map((row) => row.rule_id));
  const rules: Record<string, RuleText> = {};
  for (const rule of builtinRules()) if (fired.has(rule.id)) rules[rule.id] = ruleTextFor(rule, true);
  return formatSarif(buildReport(findings.map(rowToFinding), 0, rules));
}

/** A stored row as the Finding the report formatters take. */
export function rowToFinding(row: FindingRow): Verdict {
  return {
    ruleId: row.rule_id,
    tool: row.tool,
    kind: row.kind as Kind,
    severity: row.severity as Severity,
    status: row.status as Status,
    evidence: row.evidence,
    fingerprint: row.fingerprint,
    commit: row.commit_id ?? undefined,
    commitSummary: row.summary ?? undefined,
    commitDate: row.committed_at ?? undefined,
    author: row.author ?? undefined,
    path: row.path ?? undefined,
    line: row.line ?? undefined,
    // SARIF has one run for every repository: the note says which one.
    note: [`repository ${row.repository}`, row.note].filter(Boolean).join('; '),
  };
}
