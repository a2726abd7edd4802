import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { n as normaliseRemoteUrl } from './core.js';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/audit/audit-summary.ts
function summarizeAudit(repositories, findings) {
  const byRepository = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const list = byRepository.get(finding.repository) ?? [];
    list.push(finding);
    byRepository.set(finding.repository, list);
  }
  const rows = repositories.map((row) => repositorySummary(row, byRepository.get(row.repository) ?? []));
  const tracedCommits = /* @__PURE__ */ new Set();
  const perMonth = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!finding.commit_id || !finding.committed_at) continue;
    tracedCommits.add(`${finding.repository}\0${finding.commit_id}`);
    const month = utcDate(finding.committed_at).slice(0, 7);
    const tools2 = perMonth.get(month) ?? /* @__PURE__ */ new Map();
    const commits = tools2.get(finding.tool) ?? /* @__PURE__ */ new Set();
    commits.add(`${finding.repository}\0${finding.commit_id}`);
    tools2.set(finding.tool, commits);
    perMonth.set(month, tools2);
  }
  const months = fillMonths([...perMonth.keys()].sort());
  const tools = [...new Set(findings.map((finding) => finding.tool))].sort();
  const counts = {};
  for (const month of months) {
    counts[month] = {};
    for (const [tool, commits] of perMonth.get(month) ?? []) counts[month][tool] = commits.size;
  }
  return {
    totals: {
      repositories: repositories.length,
      failed: rows.filter((row) => row.status === "failed").length,
      withTraces: rows.filter((row) => row.findings > 0).length,
      findings: findings.length,
      blocking: findings.filter((finding) => finding.status === "blocking").length,
      commitsScanned: rows.reduce((sum, row) => sum + row.commitsScanned, 0),
      tracedCommits: tracedCommits.size
    },
    repositories: rows,
    timeline: { months, tools, counts },
    effectiveDates: [...new Set(repositories.flatMap((row) => row.effective ? [row.effective] : []))].sort(),
    topRules: topRules(findings)
  };
}
function repositorySummary(row, findings) {
  const dated = findings.flatMap((finding) => finding.committed_at ? [utcDate(finding.committed_at)] : []).sort();
  const effective = row.effective ? utcDate(row.effective) : null;
  return {
    repository: row.repository,
    status: row.status,
    error: row.error,
    tools: [...new Set(findings.map((finding) => finding.tool))].sort(),
    findings: findings.length,
    blocking: findings.filter((finding) => finding.status === "blocking").length,
    firstTrace: dated[0] ?? null,
    lastTrace: dated[dated.length - 1] ?? null,
    effective: row.effective,
    afterEffective: effective === null ? null : dated.filter((date) => date >= effective).length,
    commitsScanned: row.commits_scanned,
    scannedAt: row.scanned_at
  };
}
function topRules(findings, limit = 15) {
  const rules = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const entry = rules.get(finding.rule_id) ?? { ruleId: finding.rule_id, tool: finding.tool, count: 0, repositories: /* @__PURE__ */ new Set() };
    entry.count++;
    entry.repositories.add(finding.repository);
    rules.set(finding.rule_id, entry);
  }
  return [...rules.values()].sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1)).slice(0, limit).map((entry) => ({ ruleId: entry.ruleId, tool: entry.tool, count: entry.count, repositories: entry.repositories.size }));
}
function utcDate(iso) {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}
function thousands(count) {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function fillMonths(sorted) {
  if (sorted.length === 0) return [];
  const out = [];
  let [year, month] = sorted[0].split("-").map(Number);
  const last = sorted[sorted.length - 1];
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, "0")}`;
    out.push(label);
    if (label >= last) break;
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}
var FORGES = [
  { host: /^(github\.com|gitea\.com|codeberg\.org)$/, commit: (base, id) => `${base}/commit/${id}` },
  { host: /^gitlab\.com$|^gitlab\./, commit: (base, id) => `${base}/-/commit/${id}` },
  { host: /^bitbucket\.org$/, commit: (base, id) => `${base}/commits/${id}` }
];
function commitLink(remote, commit) {
  if (!remote || !commit || !/^[0-9a-f]{7,64}$/.test(commit)) return void 0;
  const normal = normaliseRemoteUrl(remote);
  const slash = normal.indexOf("/");
  if (slash <= 0) return void 0;
  const host = normal.slice(0, slash);
  const path = normal.slice(slash + 1);
  if (!/^[A-Za-z0-9._~/-]+$/.test(path)) return void 0;
  const forge = FORGES.find((candidate) => candidate.host.test(host));
  return forge?.commit(`https://${host}/${path}`, commit);
}

export { commitLink as c, summarizeAudit as s, thousands as t, utcDate as u };
