// What every audit report shows, computed once from the store's rows: totals, a line per repository, a timeline.
import type { FindingRow, RepositoryRow } from './store.js';
import { normaliseRemoteUrl } from '../policy/remote-url.js';

export interface RepositorySummary {
  repository: string;
  status: RepositoryRow['status'];
  error: string | null;
  tools: string[];
  findings: number;
  blocking: number;
  /** Committer dates of its first and last traced commit (ISO), null when no commit carries a trace. */
  firstTrace: string | null;
  lastTrace: string | null;
  effective: string | null;
  /** Findings in commits dated on or after the policy's effective date; null without one. */
  afterEffective: number | null;
  commitsScanned: number;
  scannedAt: string;
}

export interface AuditSummary {
  totals: {
    repositories: number;
    failed: number;
    withTraces: number;
    findings: number;
    blocking: number;
    commitsScanned: number;
    tracedCommits: number;
  };
  repositories: RepositorySummary[];
  /** Traced commits per tool per month (YYYY-MM), months in order. */
  timeline: { months: string[]; tools: string[]; counts: Record<string, Record<string, number>> };
  effectiveDates: string[];
  topRules: { ruleId: string; tool: string; count: number; repositories: number }[];
}

export function summarizeAudit(repositories: RepositoryRow[], findings: FindingRow[]): AuditSummary {
  const byRepository = new Map<string, FindingRow[]>();
  for (const finding of findings) {
    const list = byRepository.get(finding.repository) ?? [];
    list.push(finding);
    byRepository.set(finding.repository, list);
  }
  const rows = repositories.map((row) => repositorySummary(row, byRepository.get(row.repository) ?? []));
  const tracedCommits = new Set<string>();
  const perMonth = new Map<string, Map<string, Set<string>>>();
  for (const finding of findings) {
    if (!finding.commit_id || !finding.committed_at) continue;
    tracedCommits.add(`${finding.repository}\0${finding.commit_id}`);
    const month = utcDate(finding.committed_at).slice(0, 7);
    const tools = perMonth.get(month) ?? new Map<string, Set<string>>();
    const commits = tools.get(finding.tool) ?? new Set<string>();
    commits.add(`${finding.repository}\0${finding.commit_id}`);
    tools.set(finding.tool, commits);
    perMonth.set(month, tools);
  }
  const months = fillMonths([...perMonth.keys()].sort());
  const tools = [...new Set(findings.map((finding) => finding.tool))].sort();
  const counts: Record<string, Record<string, number>> = {};
  for (const month of months) {
    counts[month] = {};
    for (const [tool, commits] of perMonth.get(month) ?? []) counts[month]![tool] = commits.size;
  }
  return {
    totals: {
      repositories: repositories.length,
      failed: rows.filter((row) => row.status === 'failed').length,
      withTraces: rows.filter((row) => row.findings > 0).length,
      findings: findings.length,
      blocking: findings.filter((finding) => finding.status === 'blocking').length,
      commitsScanned: rows.reduce((sum, row) => sum + row.commitsScanned, 0),
      tracedCommits: tracedCommits.size,
    },
    repositories: rows,
    timeline: { months, tools, counts },
    effectiveDates: [...new Set(repositories.flatMap((row) => (row.effective ? [row.effective] : [])))].sort(),
    topRules: topRules(findings),
  };
}

function repositorySummary(row: RepositoryRow, findings: FindingRow[]): RepositorySummary {
  const dated = findings.flatMap((finding) => (finding.committed_at ? [utcDate(finding.committed_at)] : [])).sort();
  const effective = row.effective ? utcDate(row.effective) : null;
  return {
    repository: row.repository,
    status: row.status,
    error: row.error,
    tools: [...new Set(findings.map((finding) => finding.tool))].sort(),
    findings: findings.length,
    blocking: findings.filter((finding) => finding.status === 'blocking').length,
    firstTrace: dated[0] ?? null,
    lastTrace: dated[dated.length - 1] ?? null,
    effective: row.effective,
    afterEffective: effective === null ? null : dated.filter((date) => date >= effective).length,
    commitsScanned: row.commits_scanned,
    scannedAt: row.scanned_at,
  };
}

function topRules(findings: FindingRow[], limit = 15): AuditSummary['topRules'] {
  const rules = new Map<string, { ruleId: string; tool: string; count: number; repositories: Set<string> }>();
  for (const finding of findings) {
    const entry = rules.get(finding.rule_id) ?? { ruleId: finding.rule_id, tool: finding.tool, count: 0, repositories: new Set<string>() };
    entry.count++;
    entry.repositories.add(finding.repository);
    rules.set(finding.rule_id, entry);
  }
  return [...rules.values()]
    .sort((a, b) => b.count - a.count || (a.ruleId < b.ruleId ? -1 : 1))
    .slice(0, limit)
    .map((entry) => ({ ruleId: entry.ruleId, tool: entry.tool, count: entry.count, repositories: entry.repositories.size }));
}

/** An ISO date with any offset, as the UTC instant's YYYY-MM-DDTHH:MM:SSZ (sortable as text). */
export function utcDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** 12,345 as toLocaleString('en-US') writes it, without loading ICU's locale data (~20 ms) for the one call. */
export function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Every month from the first to the last, so a quiet month shows as a gap and not as nothing. */
function fillMonths(sorted: string[]): string[] {
  if (sorted.length === 0) return [];
  const out: string[] = [];
  let [year, month] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    out.push(label);
    if (label >= last) break;
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return out;
}

const FORGES: { host: RegExp; commit: (base: string, id: string) => string }[] = [
  { host: /^(github\.com|gitea\.com|codeberg\.org)$/, commit: (base, id) => `${base}/commit/${id}` },
  { host: /^gitlab\.com$|^gitlab\./, commit: (base, id) => `${base}/-/commit/${id}` },
  { host: /^bitbucket\.org$/, commit: (base, id) => `${base}/commits/${id}` },
];

/** A link to the commit on its forge, when the repository's remote is on one aiguard knows; undefined otherwise. */
export function commitLink(remote: string | null, commit: string | null): string | undefined {
  if (!remote || !commit || !/^[0-9a-f]{7,64}$/.test(commit)) return undefined;
  const normal = normaliseRemoteUrl(remote);
  const slash = normal.indexOf('/');
  if (slash <= 0) return undefined;
  const host = normal.slice(0, slash);
  const path = normal.slice(slash + 1);
  if (!/^[A-Za-z0-9._~/-]+$/.test(path)) return undefined;
  const forge = FORGES.find((candidate) => candidate.host.test(host));
  return forge?.commit(`https://${host}/${path}`, commit);
}
