import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { s as summarizeAudit, u as utcDate, c as commitLink } from './chunk8.js';
import './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/audit/html-timeline.ts
var PALETTE = ["#cf222e", "#0969da", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7ea4", "#6e7781", "#fb8500", "#2da44e"];
var HEIGHT = 180;
var TOP = 20;
var LEFT = 40;
var BOTTOM = 40;
function escapeXml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
function toolColour(tools, tool) {
  if (tool === "claude-code") return PALETTE[0];
  const others = tools.filter((other) => other !== "claude-code");
  return PALETTE[1 + Math.max(others.indexOf(tool), 0) % (PALETTE.length - 1)];
}
function timelineSvg(summary) {
  const { months, tools, counts } = summary.timeline;
  if (months.length === 0) return '<p id="timeline" class="note">No traced commits.</p>';
  const barWidth = Math.max(8, Math.min(40, Math.floor(900 / months.length)));
  const width = LEFT + months.length * barWidth + 20;
  const totals = months.map((month) => Object.values(counts[month] ?? {}).reduce((sum, count) => sum + count, 0));
  const max = Math.max(1, ...totals);
  const scale = HEIGHT / max;
  const parts = [];
  months.forEach((month, index) => {
    let y = TOP + HEIGHT;
    const x = LEFT + index * barWidth;
    for (const tool of tools) {
      const count = counts[month]?.[tool] ?? 0;
      if (!count) continue;
      const height = Math.max(1, count * scale);
      y -= height;
      parts.push(
        `<rect class="bar" data-month="${month}" data-tool="${escapeXml(tool)}" data-count="${count}" x="${x + 1}" y="${y.toFixed(1)}" width="${barWidth - 2}" height="${height.toFixed(1)}" fill="${toolColour(tools, tool)}"><title>${month} ${escapeXml(tool)}: ${count}</title></rect>`
      );
    }
    const every = Math.ceil(48 / barWidth);
    if (index % every === 0) parts.push(`<text x="${x}" y="${TOP + HEIGHT + 14}">${month}</text>`);
  });
  for (const date of summary.effectiveDates) {
    const x = positionOf(months, date, barWidth);
    if (x === void 0) continue;
    parts.push(
      `<line class="effective" data-date="${escapeXml(date)}" x1="${x}" x2="${x}" y1="${TOP - 10}" y2="${TOP + HEIGHT}" stroke="#1f2328" stroke-dasharray="4 3"/>`,
      `<text x="${x + 3}" y="${TOP - 2}">effective ${escapeXml(date.slice(0, 10))}</text>`
    );
  }
  parts.push(`<text x="4" y="${TOP + 8}">${max}</text><text x="4" y="${TOP + HEIGHT}">0</text>`);
  const legend = tools.map((tool) => `<span class="tool" style="background:${toolColour(tools, tool)};color:#fff">${escapeXml(tool)}</span>`).join(" ");
  const size = `width="${width}" height="${TOP + HEIGHT + BOTTOM}" viewBox="0 0 ${width} ${TOP + HEIGHT + BOTTOM}"`;
  const svg = `<svg id="timeline" role="img" aria-label="traced commits per tool per month" ${size}>${parts.join("")}</svg>`;
  return `${svg}<p id="timeline-legend">${legend}</p>`;
}
function positionOf(months, date, barWidth) {
  const month = date.slice(0, 7);
  let index = months.indexOf(month);
  let fraction = (Number(date.slice(8, 10)) - 1) / 31;
  if (index === -1) {
    if (month < months[0]) [index, fraction] = [0, 0];
    else if (month > months[months.length - 1]) [index, fraction] = [months.length - 1, 1];
    else return void 0;
  }
  return LEFT + (index + (Number.isFinite(fraction) ? fraction : 0)) * barWidth;
}

// src/audit/html-script.ts
function auditPage() {
  const sortValue = (row, column) => {
    const cell2 = row.cells[column];
    if (!cell2) return "";
    return cell2.dataset.number !== void 0 ? Number(cell2.dataset.number) : cell2.dataset.sort ?? cell2.textContent ?? "";
  };
  for (const table2 of Array.from(document.querySelectorAll("table.sortable"))) {
    const headers = Array.from(table2.tHead?.rows[0]?.cells ?? []);
    for (const header of headers) {
      const sort = () => {
        const column = Number(header.dataset.column);
        const descending = header.getAttribute("aria-sort") === "ascending";
        for (const other of headers) other.removeAttribute("aria-sort");
        header.setAttribute("aria-sort", descending ? "descending" : "ascending");
        const body = table2.tBodies[0];
        if (!body) return;
        const rows = Array.from(body.rows).filter((row) => !row.classList.contains("empty"));
        rows.sort((a, b) => {
          const left = sortValue(a, column);
          const right = sortValue(b, column);
          const order = left < right ? -1 : left > right ? 1 : 0;
          return descending ? -order : order;
        });
        for (const row of rows) body.appendChild(row);
      };
      header.addEventListener("click", sort);
      header.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") sort();
      });
    }
  }
  const selects = Array.from(document.querySelectorAll("select[data-filter]"));
  const shown = document.getElementById("findings-shown");
  const applyFilters = () => {
    const wanted = selects.map((select) => [select.dataset.filter ?? "", select.value]).filter(([, value]) => value !== "");
    let count = 0;
    for (const row of Array.from(document.querySelectorAll("#findings tbody tr[data-tool]"))) {
      const visible = wanted.every(([key, value]) => row.dataset[key] === value);
      row.hidden = !visible;
      if (visible) count++;
    }
    if (shown) shown.textContent = String(count);
  };
  for (const select of selects) select.addEventListener("change", applyFilters);
  const decode = (text) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  for (const part of location.hash.slice(1).split("&")) {
    const [key, value] = part.split("=").map(decode);
    const select = selects.find((candidate) => candidate.dataset.filter === key);
    if (select && value !== void 0) select.value = value;
  }
  applyFilters();
}
var CLIENT_SCRIPT = `(${auditPage.toString()})();`;

// src/audit/html.ts
var MAX_FINDING_ROWS = 2e4;
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
var CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
function renderAuditHtml(repositories, findings, generatedAt = /* @__PURE__ */ new Date()) {
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
function totalsSection(summary) {
  const { totals } = summary;
  const cards = [
    ["repositories", "repositories", totals.repositories],
    ["with-traces", "with AI-tool traces", totals.withTraces],
    ["blocking", "blocking findings", totals.blocking],
    ["findings", "findings", totals.findings],
    ["traced-commits", "traced commits", totals.tracedCommits],
    ["commits", "commits scanned", totals.commitsScanned],
    ["failed", "failed to scan", totals.failed]
  ];
  const items = cards.map(([id, label, value]) => {
    const alert = id === "blocking" && value > 0 ? " alert" : "";
    return `<div class="card${alert}" data-total="${id}"><b>${value.toLocaleString("en-US")}</b><span>${label}</span></div>`;
  });
  return `<section id="totals" class="cards">${items.join("")}</section>`;
}
function repositorySection(summary) {
  const header = [
    "Repository",
    "Status",
    "Tools",
    "Findings",
    "Blocking",
    "First trace",
    "Last trace",
    "After effective date",
    "Commits scanned"
  ];
  const rows = summary.repositories.map((row) => {
    const status = row.status === "failed" ? `<span class="failed" title="${escapeHtml(row.error ?? "")}">failed</span>` : "ok";
    const after = row.afterEffective === null ? "" : String(row.afterEffective);
    return `<tr data-repository="${escapeHtml(row.repository)}">${[
      cell(escapeHtml(row.repository), row.repository),
      cell(status + (row.error ? ` <small>${escapeHtml(row.error)}</small>` : ""), row.status),
      cell(row.tools.map((tool) => `<span class="tool">${escapeHtml(tool)}</span>`).join(" "), row.tools.join(",")),
      cell(String(row.findings), row.findings),
      cell(String(row.blocking), row.blocking),
      cell(escapeHtml(row.firstTrace?.slice(0, 10) ?? ""), row.firstTrace ?? ""),
      cell(escapeHtml(row.lastTrace?.slice(0, 10) ?? ""), row.lastTrace ?? ""),
      cell(after, row.afterEffective ?? -1),
      cell(row.commitsScanned.toLocaleString("en-US"), row.commitsScanned)
    ].join("")}</tr>`;
  });
  return `<section><h2>Repositories</h2>${table("repositories", header, rows, true)}</section>`;
}
function topRulesSection(summary) {
  const rows = summary.topRules.map(
    (rule) => `<tr>${cell(escapeHtml(rule.ruleId), rule.ruleId)}${cell(escapeHtml(rule.tool), rule.tool)}${cell(String(rule.count), rule.count)}${cell(String(rule.repositories), rule.repositories)}</tr>`
  );
  return `<section><h2>Top rules</h2>${table("top-rules", ["Rule", "Tool", "Findings", "Repositories"], rows, true)}</section>`;
}
function findingsSection(findings, remotes) {
  const shown = findings.slice(0, MAX_FINDING_ROWS);
  const options = (values) => values.map((value) => `<option value="${escapeHtml(value)}">${escapeHtml(value)}</option>`).join("");
  const distinct = (pick) => [...new Set(findings.map(pick))].sort();
  const filters = [
    ["repository", "Repository", distinct((finding) => finding.repository)],
    ["tool", "Tool", distinct((finding) => finding.tool)],
    ["status", "Status", distinct((finding) => finding.status)]
  ];
  const controls = filters.map(([key, label, values]) => {
    const select = `<select id="filter-${key}" data-filter="${key}"><option value="">all</option>${options([...values])}</select>`;
    return `<label>${label} ${select}</label>`;
  }).join(" ");
  const rows = shown.map((finding) => {
    const link = commitLink(remotes.get(finding.repository) ?? null, finding.commit_id);
    const commit = finding.commit_id ? escapeHtml(finding.commit_id.slice(0, 12)) : finding.source === "refs" ? "refs" : "tree";
    const where = finding.path ?? (finding.source === "refs" ? finding.summary ?? "" : "");
    const place = finding.path ? `${finding.path}${finding.line ? `:${finding.line}` : ""}` : where;
    const data = ["repository", "tool", "status"].map((key) => `data-${key}="${escapeHtml(finding[key])}"`).join(" ");
    return `<tr ${data}>${[
      cell(escapeHtml(finding.repository), finding.repository),
      cell(link ? `<a href="${escapeHtml(link)}" rel="noreferrer">${commit}</a>` : commit, finding.commit_id ?? ""),
      cell(escapeHtml(finding.committed_at ? utcDate(finding.committed_at).slice(0, 10) : ""), finding.committed_at ?? ""),
      cell(escapeHtml(finding.author ?? ""), finding.author ?? ""),
      cell(escapeHtml(finding.tool), finding.tool),
      cell(escapeHtml(finding.rule_id), finding.rule_id),
      cell(`<span class="status ${escapeHtml(finding.status)}">${escapeHtml(finding.status)}</span>`, finding.status),
      cell(escapeHtml(place), place),
      cell(`<code>${escapeHtml(finding.evidence.slice(0, 300))}</code>`, finding.evidence)
    ].join("")}</tr>`;
  });
  const count = (value) => value.toLocaleString("en-US");
  const note = findings.length > shown.length ? `<p class="note">The first ${count(shown.length)} of ${count(findings.length)} findings; the store holds them all.</p>` : "";
  const header = ["Repository", "Commit", "Date", "Author", "Tool", "Rule", "Status", "Path", "Evidence"];
  const filterLine = `<p class="filters">${controls} <span id="findings-shown">${shown.length}</span> shown</p>`;
  return `<section><h2>Findings</h2>${filterLine}${note}${table("findings", header, rows, true)}</section>`;
}
function table(id, header, rows, sortable) {
  const head = header.map((label, index) => `<th${sortable ? ` data-column="${index}" tabindex="0"` : ""}>${escapeHtml(label)}</th>`).join("");
  const body = rows.length ? rows.join("\n") : `<tr class="empty"><td colspan="${header.length}">none</td></tr>`;
  return `<table id="${id}"${sortable ? ' class="sortable"' : ""}><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table>`;
}
function cell(html, sortValue) {
  const attribute = typeof sortValue === "number" ? ` data-number="${sortValue}"` : ` data-sort="${escapeHtml(sortValue.toLowerCase())}"`;
  return `<td${attribute}>${html}</td>`;
}
var STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --alert: #cf222e; --accent: #0969da; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 24px; background: #fff; }
h1 { margin: 0 0 4px; } h2 { margin: 28px 0 8px; font-size: 18px; } header p { color: var(--muted); margin: 0; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; background: #f6f8fa; }
.card b { display: block; font-size: 24px; } .card span { color: var(--muted); } .card.alert b { color: var(--alert); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; position: sticky; top: 0; } table.sortable th { cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " \u25B2"; } th[aria-sort="descending"]::after { content: " \u25BC"; }
td code { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; } td small { color: var(--muted); display: block; }
.tool { display: inline-block; white-space: nowrap; background: #ddf4ff; border-radius: 10px; padding: 0 8px; margin: 1px 0; }
.tool { font-size: 12px; }
#findings td:nth-child(2), #findings td:nth-child(3), #findings td:nth-child(5), #findings td:nth-child(6) { white-space: nowrap; }
#repositories td:nth-child(6), #repositories td:nth-child(7) { white-space: nowrap; }
.status.blocking, .failed { color: var(--alert); font-weight: 600; } .status.warning { color: #9a6700; }
.filters select { margin-right: 8px; } .note { color: var(--muted); } a { color: var(--accent); }
svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
`;

export { escapeHtml, renderAuditHtml };
