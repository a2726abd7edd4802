// One repository of an audit: its mirror (or the local copy), its policy, the commits not seen before and the
// default branch's tree, through the pipeline every scan uses. Any failure becomes a `failed` row, never a throw.
import { createHash } from 'node:crypto';
import type { Finding } from '../types.js';
import type { AuditTarget } from './repository-list.js';
import type { FindingRow, RepositoryResult, RepositoryState } from './store.js';
import type { Repository } from '../git/repository.js';
import type { Policy } from '../policy/policy.js';
import type { Engine } from '../scan-pipeline.js';
import { utcDate } from './audit-summary.js';

export interface RepositoryJob {
  target: AuditTarget;
  cache: string;
  configFile?: string;
  full: boolean;
  content: boolean;
  previous?: RepositoryState;
  /** One time for the whole run, so every row of it says the same. */
  scannedAt: string;
}

export interface ScanEvents {
  commits(count: number): void;
  fetching(stage: string, percent: number): void;
}

const VERSION = '1';

export async function scanRepository(job: RepositoryJob, events: ScanEvents): Promise<RepositoryResult> {
  const failed = (error: unknown): RepositoryResult => ({
    row: {
      repository: job.target.name, remote: job.target.kind === 'url' ? job.target.name : null, head: null, default_branch: null,
      scanned_at: job.scannedAt, status: 'failed', error: oneLine(error), policy: null, effective: null, engine: null, commits_scanned: 0, new_commits: 0,
    },
  });
  try {
    return await scan(job, events);
  } catch (error) {
    return failed(error);
  }
}

async function scan(job: RepositoryJob, events: ScanEvents): Promise<RepositoryResult> {
  const [{ openRepository, headCommit }, { branchAndTagTips, headBranch }] = await Promise.all([import('../git/repository.js'), import('../git/ref-tips.js')]);
  let dir = job.target.name;
  if (job.target.kind === 'url') {
    const { ensureMirror } = await import('./mirrors.js');
    dir = await ensureMirror(job.target.name, job.cache, (progress) => events.fetching(progress.stage, progress.progress));
  }
  const { existsSync } = await import('node:fs');
  if (!existsSync(dir)) throw new Error(`not a git repository: ${dir} (no such folder)`);
  const repo = await openRepository(dir);
  const [head, branch, tips, remote] = await Promise.all([headCommit(repo), headBranch(repo.cwd), branchAndTagTips(repo.cwd), remoteOf(repo, job.target)]);
  const engine = await loadAuditEngine(repo, job.configFile, head);
  const baseline = await (await import('../ci/trusted-baseline.js')).trustedBaseline(repo, engine.policy, head ?? null);
  const fingerprint = engineFingerprint(engine, baseline, job.content);
  const row = {
    repository: job.target.name, remote, head: head ?? null, default_branch: branch ?? null, scanned_at: job.scannedAt, status: 'ok' as const,
    error: null, policy: engine.policy.source ?? 'built-in default', effective: engine.policy.effective ?? null, engine: fingerprint, commits_scanned: 0, new_commits: 0,
  };
  if (engine.policy.scope?.remotes?.length) {
    const notCovered = await (await import('../policy/scope.js')).checkScope(repo, engine.policy);
    // A scope never leaves a repository out silently: the row says why it was not scanned.
    if (notCovered) return { row: { ...row, status: 'out-of-scope', error: notCovered.replace(/^aiguard: /, '') }, tips: [], findings: [], replaceHistory: true, replaceTree: true };
  }
  const previous = job.previous;
  const full = job.full || !previous || previous.engine !== fingerprint;
  const existing = full ? new Map<string, string>() : await (await import('../git/existing-commits.js')).existingCommits(repo.cwd, previous.tips);
  const seen = [...new Set(existing.values())];
  const tipIds = new Set(tips.map((tip) => tip.commit));
  const nothingNew = !full && [...tipIds].every((id) => seen.includes(id));
  const context: Context = { gate: false, repoDir: repo.root ?? repo.cwd, baseline };
  const findings: FindingRow[] = [];
  let commits = 0;
  if (tips.length && !nothingNew) {
    // Only what the tips seen last time do not reach: a re-run reads the new commits alone.
    const revisions = ['--branches', '--tags', ...(seen.length ? ['--not', ...seen] : [])];
    const history = await scanHistory(repo, engine, revisions, job.content, context, (count) => {
      commits += count;
      events.commits(count);
    });
    findings.push(...history.map((finding) => toRow(job.target.name, 'history', finding)));
  }
  const treeChanged = full || previous?.head !== (head ?? null);
  if (head && treeChanged) findings.push(...(await scanTree(repo, engine, job.content, context)).map((finding) => toRow(job.target.name, 'tree', finding)));
  return { row: { ...row, new_commits: commits }, tips: tips.map((tip) => ({ ref: tip.ref, commit: tip.commit })), findings, replaceHistory: full, replaceTree: treeChanged };
}

/** The organisation's --config (data formats only, extends resolved), else the repository's own policy at its default branch. */
async function loadAuditEngine(repo: Repository, configFile: string | undefined, head: string | undefined): Promise<Engine> {
  const [{ resolvePolicy, checkPolicyIds }, { policyAtRevision }, { defaultPolicy }, { loadRuleSet }] = await Promise.all([
    import('../policy/resolve-policy.js'),
    import('../policy/revision-policy.js'),
    import('../policy/policy.js'),
    import('../detect/rule-set.js'),
  ]);
  let policy: Policy = defaultPolicy();
  if (configFile !== undefined) policy = await resolvePolicy({ configFile, allowCode: false });
  else if (head) policy = (await policyAtRevision(repo, head, 'in an audit'))?.policy ?? policy;
  const ruleSet = await loadRuleSet(policy.customRules, policy.source);
  checkPolicyIds(policy, ruleSet.rules);
  return { policy, ruleSet };
}

/**
 * What decides a repository's findings besides its commits: rules, policy (not where it was read), baseline,
 * which allow entries have expired, the content setting. A change in any of them rescans the repository.
 */
export function engineFingerprint(engine: Engine, baseline: unknown, content: boolean, today = new Date()): string {
  const { source: _source, origins: _origins, ...policy } = engine.policy;
  const day = today.toISOString().slice(0, 10);
  const expired = policy.allow.map((entry) => entry.expires !== undefined && entry.expires < day);
  const rules = engine.ruleSet.rules.map((rule) => ({ ...rule, pathRegex: undefined, excludePathRegex: undefined }));
  return createHash('sha256').update(JSON.stringify({ VERSION, policy, rules, baseline, expired, content })).digest('hex').slice(0, 20);
}

async function remoteOf(repo: Repository, target: AuditTarget): Promise<string | null> {
  if (target.kind === 'url') return target.name;
  const remotes = await (await import('../git/remotes.js')).listRemotes(repo).catch(() => []);
  return (remotes.find((remote) => remote.name === 'origin') ?? remotes[0])?.url ?? null;
}

export function toRow(repository: string, source: 'history' | 'tree', finding: Finding): FindingRow {
  return {
    repository, source, rule_id: finding.ruleId, tool: finding.tool, kind: finding.kind, severity: finding.severity, status: finding.status,
    commit_id: finding.commit ?? null, author: finding.author ?? null, committed_at: finding.commitDate ? utcDate(finding.commitDate) : null, path: finding.path ?? null,
    line: finding.line ?? null, evidence: finding.evidence, fingerprint: finding.fingerprint, summary: finding.commitSummary ?? null, note: finding.note ?? null,
  };
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').map((line) => line.trim()).find(Boolean)?.slice(0, 500) ?? 'unknown error';
}

type Context = { gate: false; repoDir: string; baseline: import('../policy/baseline.js').Baseline | false };

// The pipeline calls: every commit the revisions list, and the default branch's tree, as `aiguard scan` reads them.
async function scanHistory(repo: Repository, engine: Engine, revisions: string[], content: boolean, context: Context, onCommits: (count: number) => void): Promise<Finding[]> {
  const [{ collectWithSettings, finishReport }, { rangeSubjectBatches }, { commitPrefilter }] = await Promise.all([
    import('../scan-pipeline.js'),
    import('../sources/range.js'),
    import('../detect/commit-prefilter.js'),
  ]);
  let pending = 0;
  let total = 0;
  const onCommit = (): void => {
    total++;
    if (++pending >= 256) onCommits(pending), (pending = 0);
  };
  const { matchers } = engine.ruleSet;
  const subjects = rangeSubjectBatches(repo, { revisions, content, onCommit, prefilter: commitPrefilter(matchers, content) });
  const findings = await collectWithSettings(repo, matchers, subjects, 'commits');
  if (pending) onCommits(pending);
  return (await finishReport(findings, engine.policy, total, context)).findings;
}

async function scanTree(repo: Repository, engine: Engine, content: boolean, context: Context): Promise<Finding[]> {
  const [{ collectWithSettings, finishReport }, { treeSubjects }] = await Promise.all([import('../scan-pipeline.js'), import('../sources/tree.js')]);
  // The default branch's tree, never a work tree's uncommitted files: the repository read as if bare.
  const committed: Repository = { ...repo, bare: true, root: undefined, cwd: repo.gitDir };
  const keywords = content ? engine.ruleSet.matchers.contentKeywords : [];
  const findings = await collectWithSettings(committed, engine.ruleSet.matchers, await treeSubjects(committed, keywords), 'tree');
  return (await finishReport(findings, engine.policy, 0, context)).findings;
}
