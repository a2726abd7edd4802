// One repository of an audit: its mirror (or the local copy), its policy, the commits not seen before and the
// default branch's tree, through the pipeline every scan uses. Any failure becomes a `failed` row, never a throw.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Verdict } from '../types.js';
import type { AuditTarget } from './repository-list.js';
import type { FindingRow, FindingSource, RepositoryResult, RepositoryRow, RepositoryState } from './store.js';
import type { Repository } from '../git/repository.js';
import type { Policy } from '../policy/policy.js';
import type { Baseline } from '../policy/baseline.js';
import type { Engine } from '../pipeline.js';
import type { Source } from '../sources/source.js';
import type { Remote } from '../git/remotes.js';
import { utcDate } from './audit-summary.js';
import { FINDINGS_VERSION, configDigest, inputsKey, validUntil } from './scan-inputs.js';

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

export async function scanRepository(job: RepositoryJob, events: ScanEvents): Promise<RepositoryResult> {
  try {
    return await scan(job, events);
  } catch (error) {
    return failedResult(job, oneLine(error));
  }
}

/** The row of a repository that could not be read: the store keeps what earlier runs found. */
export function failedResult(job: RepositoryJob, reason: string): RepositoryResult {
  const remote = job.target.kind === 'url' ? job.target.name : null;
  return {
    row: {
      repository: job.target.name,
      remote,
      head: null,
      default_branch: null,
      scanned_at: job.scannedAt,
      status: 'failed',
      error: reason,
      policy: null,
      effective: null,
      engine: null,
      commits_scanned: 0,
      new_commits: 0,
    },
  };
}

async function scan(job: RepositoryJob, events: ScanEvents): Promise<RepositoryResult> {
  const [{ openRepository, headCommit }, { refState }, { readRemotes }] = await Promise.all([
    import('../git/repository.js'),
    import('../git/ref-tips.js'),
    import('../git/remotes.js'),
  ]);
  let dir = job.target.name;
  if (job.target.kind === 'url') {
    const { ensureMirror } = await import('./mirrors.js');
    dir = await ensureMirror(job.target.name, job.cache, (progress) => events.fetching(progress.stage, progress.progress));
  }
  if (!existsSync(dir)) throw new Error(`not a git repository: ${dir} (no such folder)`);
  const repo = await openRepository(dir);
  // The refs and remotes are read before the scan: what is recorded is what was scanned, never a later push.
  const [refs, remotes] = await Promise.all([refState(repo.cwd), readRemotes(repo)]);
  const { tips } = refs;
  const head = refs.head?.commit ?? (await headCommit(repo));
  const branch = refs.head?.branch;
  const remote = job.target.kind === 'url' ? job.target.name : remoteOf(remotes ?? []);
  const engine = await loadAuditEngine(repo, job.configFile, head);
  const baseline = await (await import('../ci/trusted-baseline.js')).trustedBaseline(repo, engine.policy, head ?? null);
  const fingerprint = engineFingerprint(engine, baseline, job.content);
  const { policy } = engine;
  // No key when the remotes could not be listed: the next run then scans again rather than skips on a guess.
  const inputs = remotes && {
    key: inputsKey({ config: job.configFile === undefined ? null : configDigest(policy), content: job.content, refs, remotes }),
    validUntil: validUntil(policy, job.scannedAt.slice(0, 10)),
  };
  const row: RepositoryRow = {
    repository: job.target.name,
    remote,
    head: head ?? null,
    default_branch: branch ?? null,
    scanned_at: job.scannedAt,
    status: 'ok',
    error: null,
    policy: policy.source ?? 'built-in default',
    effective: policy.effective ?? null,
    engine: fingerprint,
    commits_scanned: 0,
    new_commits: 0,
  };
  if (policy.scope?.remotes?.length) {
    const { checkScope } = await import('../policy/scope.js');
    const notCovered = await checkScope(policy, remotes);
    // A scope never leaves a repository out silently: the row says why it was not scanned.
    const outOfScope = { ...row, status: 'out-of-scope' as const, error: notCovered?.replace(/^aiguard: /, '') ?? null };
    if (notCovered) return { row: outOfScope, tips: [], findings: [], replaceHistory: true, replaceTree: true, inputs };
  }
  const previous = job.previous;
  const full = job.full || !previous || previous.engine !== fingerprint;
  const seen = full ? [] : await seenTips(repo.cwd, previous.tips);
  const nothingNew = !full && tips.every((tip) => seen.includes(tip.commit));
  const treeChanged = full || previous?.head !== (head ?? null);
  // Only what the tips seen last time do not reach: a re-run reads the new commits alone.
  const revisions = ['--branches', '--tags', ...(seen.length ? ['--not', ...seen] : [])];
  let commits = 0;
  const history = tips.length > 0 && !nothingNew ? revisions : undefined;
  const what = { history, tree: Boolean(head) && treeChanged, content: job.content };
  const verdicts = await runSources(repo, engine, what, baseline, (count) => {
    commits += count;
    events.commits(count);
  });
  // History findings carry their commit; the tree's have none.
  const findings = verdicts.map((verdict) => toRow(job.target.name, sourceOf(verdict), verdict));
  const tipRows = tips.map((tip) => ({ ref: tip.ref, commit: tip.commit }));
  const replace = { replaceHistory: full, replaceTree: treeChanged, replaceRefs: true };
  return { row: { ...row, new_commits: commits }, tips: tipRows, findings, ...replace, inputs };
}

/** The tips an earlier run saw that are still in the object store (a force-push and a gc can drop one). */
async function seenTips(cwd: string, tips: string[]): Promise<string[]> {
  const existing = await (await import('../git/existing-commits.js')).existingCommits(cwd, tips);
  return [...new Set(existing.values())];
}

/** The organisation's --config (data formats only, extends resolved), else the repository's own policy at its default branch. */
async function loadAuditEngine(repo: Repository, configFile: string | undefined, head: string | undefined): Promise<Engine> {
  const [{ resolvePolicy }, { policyAtRevision }, { defaultPolicy }, { engineFor }] = await Promise.all([
    import('../config/resolve-policy.js'),
    import('../config/revision-policy.js'),
    import('../config/merge-config.js'),
    import('../pipeline.js'),
  ]);
  let policy: Policy = defaultPolicy();
  if (configFile !== undefined) policy = await resolvePolicy({ configFile, allowCode: false });
  else if (head) policy = (await policyAtRevision(repo, head, 'in an audit'))?.policy ?? policy;
  return engineFor(policy);
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
  return createHash('sha256')
    .update(JSON.stringify({ VERSION: FINDINGS_VERSION, policy, rules, baseline, expired, content }))
    .digest('hex')
    .slice(0, 20);
}

function remoteOf(remotes: Remote[]): string | null {
  return (remotes.find((remote) => remote.name === 'origin') ?? remotes[0])?.url ?? null;
}

/** A commit's finding is history; a file's without a commit, the tree's; a tag's, a note's or a ref name's, refs. */
function sourceOf(verdict: Verdict): FindingSource {
  if (verdict.commit !== undefined) return 'history';
  return verdict.path !== undefined ? 'tree' : 'refs';
}

export function toRow(repository: string, source: FindingSource, finding: Verdict): FindingRow {
  return {
    repository,
    source,
    rule_id: finding.ruleId,
    tool: finding.tool,
    kind: finding.kind,
    severity: finding.severity,
    status: finding.status,
    commit_id: finding.commit ?? null,
    author: finding.author ?? null,
    committed_at: finding.commitDate ? utcDate(finding.commitDate) : null,
    path: finding.path ?? null,
    line: finding.line ?? null,
    evidence: finding.evidence,
    fingerprint: finding.fingerprint,
    // A tag's or a note's finding has no commit: where it was read (`tag v1.0`) stands in the summary.
    summary: finding.commitSummary ?? (source === 'refs' ? (finding.field ?? null) : null),
    note: finding.note ?? null,
  };
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean)
      ?.slice(0, 500) ?? 'unknown error'
  );
}

/**
 * The pipeline every scan runs, over the commits the revisions list (as `aiguard scan --all` reads them) and the
 * default branch's tree: a work tree is read as if bare, so uncommitted files never count.
 */
async function runSources(
  repo: Repository,
  engine: Engine,
  what: { history?: string[]; tree: boolean; content: boolean },
  baseline: Baseline | false,
  onCommits: (count: number) => void,
): Promise<Verdict[]> {
  const [{ runPipeline }, { historySource }, { treeSource }, { allRefObjectsSource }] = await Promise.all([
    import('../pipeline.js'),
    import('../sources/range.js'),
    import('../sources/tree.js'),
    import('../sources/ref-objects.js'),
  ]);
  // As scan --all reads them: merges by --cc, and every annotated tag, note and replace ref (one for-each-ref).
  const sources: Source[] = [allRefObjectsSource(repo.cwd)];
  if (what.history) sources.push(historySource(repo.cwd, { revisions: what.history, content: what.content, merges: 'combined' }));
  if (what.tree) sources.push(treeSource({ ...repo, bare: true, root: undefined, cwd: repo.gitDir }, { content: what.content }));
  let pending = 0;
  // Progress crosses to the main thread in batches: a message a commit would cost more than the commit.
  const onCommit = (): void => {
    if (++pending < 256) return;
    onCommits(pending);
    pending = 0;
  };
  const result = await runPipeline(engine, sources, { gate: false, repoDir: repo.cwd, baseline, onCommit });
  if (pending) onCommits(pending);
  return result.report.findings;
}
