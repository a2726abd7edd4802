// The audit's HTML report: one self-contained file (styles and script inline, nothing fetched), readable offline.
import type { FindingRow, RepositoryRow } from './store.js';
import { commitLink, summarizeAudit, utcDate, type AuditSummary } from './audit-summary.js';
import { timelineSvg } from './html-timeline.js';
import { CLIENT_SCRIPT } from './html-script.js';

// A page stays usable in a browser: past this many rows the table says what it left out (the store has them all).
const MAX_FINDING_ROWS = 20_000;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// Nothing is fetched: no network source of any kind, and only the page's own inline style and script run.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function renderAuditHtml(repositories: RepositoryRow[], findings: FindingRow[], generatedAt = new Date()): string {
  const summary = summarizeAudit(repositories, findings);
  const remotes = new Map(repositories.map((row) => [row.repository, row.remote]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>aiguard audit: ${summary.totals.repositories} repositories</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>aiguard audit</h1>
<p>Generated ${escapeHtml(utcDate(generatedAt.toISOString()))} from ${summary.totals.repositories} repositories.</p></header>
${totalsSection(summary)}
${repositorySection(summary)}
<section id="timeline-section"><h2>Traced commits per tool per month</h2>${timelineSvg(summary)}</section>
${topRulesSection(summary)}
${findingsSection(findings, remotes)}
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function totalsSection(summary: AuditSummary): string {
  const { totals } = summary;
  const cards: [string, string, number][] = [
    ['repositories', 'repositories', totals.repositories],
    ['with-traces', 'with AI-tool traces', totals.withTraces],
    ['blocking', 'blocking findings', totals.blocking],
    ['findings', 'findings', totals.findings],
    ['traced-commits', 'traced commits', totals.tracedCommits],
    ['commits', 'commits scanned', totals.commitsScanned],
    ['failed', 'failed to scan', totals.failed],
  ];
  const items = cards.map(([id, label, value]) => {
    const alert = id === 'blocking' && value > 0 ? ' alert' : '';
    return `<div class="card${alert}" data-total="${id}"><b>${value.toLocaleString('en-US')}</b><span>${label}</span></div>`;
  });
  return `<section id="totals" class="cards">${items.join('')}</section>`;
}

function repositorySection(summary: AuditSummary): string {
  const header = [
    'Repository',
    'Status',
    'Tools',
    'Findings',
    'Blocking',
    'First trace',
    'Last trace',
    'After effective date',
    'Commits scanned',
  ];
  const rows = summary.repositories.map((row) => {
    const status = row.status === 'failed' ? `<span class="failed" title="${escapeHtml(row.error ?? '')}">failed</span>` : 'ok';
    const after = row.afterEffective === null ? '' : String(row.afterEffective);
    return `<tr data-repository="${escapeHtml(row.repository)}">${[
      cell(escapeHtml(row.repository), row.repository),
      cell(status + (row.error ? ` <small>${escapeHtml(row.error)}</small>` : ''), row.status),
      cell(row.tools.map((tool) => `<span class="tool">${escapeHtml(tool)}</span>`).join(' '), row.tools.join(',')),
      cell(String(row.findings), row.findings),
      cell(String(row.blocking), row.blocking),
      cell(escapeHtml(row.firstTrace?.slice(0, 10) ?? ''), row.firstTrace ?? ''),
      cell(escapeHtml(row.lastTrace?.slice(0, 10) ?? ''), row.lastTrace ?? ''),
      cell(after, row.afterEffective ?? -1),
      cell(row.commitsScanned.toLocaleString('en-US'), row.commitsScanned),
    ].join('')}</tr>`;
  });
  return `<section><h2>Repositories</h2>${table('repositories', header, rows, true)}</section>`;
}

function topRulesSection(summary: AuditSummary): string {
  const rows = summary.topRules.map(
    (rule) =>
      `<tr>${cell(escapeHtml(rule.ruleId), rule.ruleId)}${cell(escapeHtml(rule.tool), rule.tool)}` +
      `${cell(String(rule.count), rule.count)}${cell(String(rule.repositories), rule.repositories)}</tr>`,
  );
  return `<section><h2>Top rules</h2>${table('top-rules', ['Rule', 'Tool', 'Findings', 'Repositories'], rows, true)}</section>`;
}

function findingsSection(findings: FindingRow[], remotes: Map<string, string | null>): string {
  const shown = findings.slice(0, MAX_FINDING_ROWS);
  const options = (values: string[]) =>
    values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`).join('');
  const distinct = (pick: (finding: FindingRow) => string) => [...new Set(findings.map(pick))].sort();
  const filters = [
    ['repository', 'Repository', distinct((finding) => finding.repository)],
    ['tool', 'Tool', distinct((finding) => finding.tool)],
    ['status', 'Status', distinct((finding) => finding.status)],
  ] as const;
  const controls = filters
    .map(([key, label, values]) => {
      const select = `<select id="filter-${key}" data-filter="${key}"><option value="">all</option>${options([...values])}</select>`;
      return `<label>${label} ${select}</label>`;
    })
    .join(' ');
  const rows = shown.map((finding) => {
    const link = commitLink(remotes.get(finding.repository) ?? null, finding.commit_id);
    const commit = finding.commit_id ? escapeHtml(finding.commit_id.slice(0, 12)) : finding.source === 'refs' ? 'refs' : 'tree';
    // A tag's or a note's finding has no path: where it was read (`tag v1.0`, kept in summary) is its place.
    const where = finding.path ?? (finding.source === 'refs' ? (finding.summary ?? '') : '');
    const place = finding.path ? `${finding.path}${finding.line ? `:${finding.line}` : ''}` : where;
    const data = ['repository', 'tool', 'status'].map((key) => `data-${key}="${escapeHtml(finding[key as 'tool'])}"`).join(' ');
    return `<tr ${data}>${[
      cell(escapeHtml(finding.repository), finding.repository),
      cell(link ? `<a href="${escapeHtml(link)}" rel="noreferrer">${commit}</a>` : commit, finding.commit_id ?? ''),
      cell(escapeHtml(finding.committed_at ? utcDate(finding.committed_at).slice(0, 10) : ''), finding.committed_at ?? ''),
      cell(escapeHtml(finding.author ?? ''), finding.author ?? ''),
      cell(escapeHtml(finding.tool), finding.tool),
      cell(escapeHtml(finding.rule_id), finding.rule_id),
      cell(`<span class="status ${escapeHtml(finding.status)}">${escapeHtml(finding.status)}</span>`, finding.status),
      cell(escapeHtml(place), place),
      cell(`<code>${escapeHtml(finding.evidence.slice(0, 300))}</code>`, finding.evidence),
    ].join('')}</tr>`;
  });
  const count = (value: number) => value.toLocaleString('en-US');
  const note =
    findings.length > shown.length
      ? `<p class="note">The first ${count(shown.length)} of ${count(findings.length)} findings; the store holds them all.</p>`
      : '';
  const header = ['Repository', 'Commit', 'Date', 'Author', 'Tool', 'Rule', 'Status', 'Path', 'Evidence'];
  const filterLine = `<p class="filters">${controls} <span id="findings-shown">${shown.length}</span> shown</p>`;
  return `<section><h2>Findings</h2>${filterLine}${note}${table('findings', header, rows, true)}</section>`;
}

function table(id: string, header: string[], rows: string[], sortable: boolean): string {
  const head = header
    .map((label, index) => `<th${sortable ? ` data-column="${index}" tabindex="0"` : ''}>${escapeHtml(label)}</th>`)
    .join('');
  const body = rows.length ? rows.join('\n') : `<tr class="empty"><td colspan="${header.length}">none</td></tr>`;
  return `<table id="${id}"${sortable ? ' class="sortable"' : ''}><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A cell with the value its column sorts by (numbers as numbers). */
function cell(html: string, sortValue: string | number): string {
  const attribute = typeof sortValue === 'number' ? ` data-number="${sortValue}"` : ` data-sort="${escapeHtml(sortValue.toLowerCase())}"`;
  return `<td${attribute}>${html}</td>`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --alert: #cf222e; --accent: #0969da; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 24px; background: #fff; }
h1 { margin: 0 0 4px; } h2 { margin: 28px 0 8px; font-size: 18px; } header p { color: var(--muted); margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; background: #f6f8fa; }
.card b { display: block; font-size: 24px; } .card span { color: var(--muted); } .card.alert b { color: var(--alert); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; } table.sortable th { cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
td code { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; } td small { color: var(--muted); display: block; }
.tool { display: inline-block; white-space: nowrap; background: #ddf4ff; border-radius: 10px; padding: 0 8px; margin: 1px 0; }
.tool { font-size: 12px; }
#findings td:nth-child(2), #findings td:nth-child(3), #findings td:nth-child(5), #findings td:nth-child(6) { white-space: nowrap; }
#repositories td:nth-child(6), #repositories td:nth-child(7) { white-space: nowrap; }
.status.blocking, .failed { color: var(--alert); font-weight: 600; } .status.warning { color: #9a6700; }
.filters select { margin-right: 8px; } .note { color: var(--muted); } a { color: var(--accent); }
svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
`;
