import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { u as utcDate } from './chunk8.js';
import { v as validUntil, i as inputsKey, c as configDigest, F as FINDINGS_VERSION } from './chunk10.js';
import './core.js';
import { isMainThread, parentPort, workerData, Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import 'node:fs/promises';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));
async function scanRepository(job, events) {
  try {
    return await scan(job, events);
  } catch (error) {
    return failedResult(job, oneLine(error));
  }
}
function failedResult(job, reason) {
  const remote = job.target.kind === "url" ? job.target.name : null;
  return {
    row: {
      repository: job.target.name,
      remote,
      head: null,
      default_branch: null,
      scanned_at: job.scannedAt,
      status: "failed",
      error: reason,
      policy: null,
      effective: null,
      engine: null,
      commits_scanned: 0,
      new_commits: 0
    }
  };
}
async function scan(job, events) {
  const [{ openRepository, headCommit }, { refState }, { readRemotes }] = await Promise.all([
    import('./core.js').then(function (n) { return n.S; }),
    import('./core.js').then(function (n) { return n.X; }),
    import('./core.js').then(function (n) { return n.N; })
  ]);
  let dir = job.target.name;
  if (job.target.kind === "url") {
    const { ensureMirror } = await import('./mirrors.js');
    dir = await ensureMirror(job.target.name, job.cache, (progress) => events.fetching(progress.stage, progress.progress));
  }
  if (!existsSync(dir)) throw new Error(`not a git repository: ${dir} (no such folder)`);
  const repo = await openRepository(dir);
  const [refs, remotes] = await Promise.all([refState(repo.cwd), readRemotes(repo)]);
  const { tips } = refs;
  const head = refs.head?.commit ?? await headCommit(repo);
  const branch = refs.head?.branch;
  const remote = job.target.kind === "url" ? job.target.name : remoteOf(remotes ?? []);
  const engine = await loadAuditEngine(repo, job.configFile, head);
  const baseline = await (await import('./core.js').then(function (n) { return n.Y; })).trustedBaseline(repo, engine.policy, head ?? null);
  const fingerprint = engineFingerprint(engine, baseline, job.content);
  const { policy } = engine;
  const inputs = remotes && {
    key: inputsKey({ config: job.configFile === void 0 ? null : configDigest(policy), content: job.content, refs, remotes }),
    validUntil: validUntil(policy, job.scannedAt.slice(0, 10))
  };
  const row = {
    repository: job.target.name,
    remote,
    head: head ?? null,
    default_branch: branch ?? null,
    scanned_at: job.scannedAt,
    status: "ok",
    error: null,
    policy: policy.source ?? "built-in default",
    effective: policy.effective ?? null,
    engine: fingerprint,
    commits_scanned: 0,
    new_commits: 0
  };
  if (policy.scope?.remotes?.length) {
    const { checkScope } = await import('./core.js').then(function (n) { return n.M; });
    const notCovered = await checkScope(policy, remotes);
    const outOfScope = { ...row, status: "out-of-scope", error: notCovered?.replace(/^aiguard: /, "") ?? null };
    if (notCovered) return { row: outOfScope, tips: [], findings: [], replaceHistory: true, replaceTree: true, inputs };
  }
  const previous = job.previous;
  const full = job.full || !previous || previous.engine !== fingerprint;
  const seen = full ? [] : await seenTips(repo.cwd, previous.tips);
  const nothingNew = !full && tips.every((tip) => seen.includes(tip.commit));
  const treeChanged = full || previous?.head !== (head ?? null);
  const revisions = ["--branches", "--tags", ...seen.length ? ["--not", ...seen] : []];
  let commits = 0;
  const history = tips.length > 0 && !nothingNew ? revisions : void 0;
  const what = { history, tree: Boolean(head) && treeChanged, content: job.content };
  const verdicts = await runSources(repo, engine, what, baseline, (count) => {
    commits += count;
    events.commits(count);
  });
  const findings = verdicts.map((verdict) => toRow(job.target.name, sourceOf(verdict), verdict));
  const tipRows = tips.map((tip) => ({ ref: tip.ref, commit: tip.commit }));
  const replace = { replaceHistory: full, replaceTree: treeChanged, replaceRefs: true };
  return { row: { ...row, new_commits: commits }, tips: tipRows, findings, ...replace, inputs };
}
async function seenTips(cwd, tips) {
  const existing = await (await import('./core.js').then(function (n) { return n.Z; })).existingCommits(cwd, tips);
  return [...new Set(existing.values())];
}
async function loadAuditEngine(repo, configFile, head) {
  const [{ resolvePolicy }, { policyAtRevision }, { defaultPolicy }, { engineFor }] = await Promise.all([
    import('./core.js').then(function (n) { return n.Q; }),
    import('./core.js').then(function (n) { return n.$; }),
    import('./core.js').then(function (n) { return n.a0; }),
    import('./core.js').then(function (n) { return n.J; })
  ]);
  let policy = defaultPolicy();
  if (configFile !== void 0) policy = await resolvePolicy({ configFile, allowCode: false });
  else if (head) policy = (await policyAtRevision(repo, head, "in an audit"))?.policy ?? policy;
  return engineFor(policy);
}
function engineFingerprint(engine, baseline, content, today = /* @__PURE__ */ new Date()) {
  const { source: _source, origins: _origins, ...policy } = engine.policy;
  const day = today.toISOString().slice(0, 10);
  const expired = policy.allow.map((entry) => entry.expires !== void 0 && entry.expires < day);
  const rules = engine.ruleSet.rules.map((rule) => ({ ...rule, pathRegex: void 0, excludePathRegex: void 0 }));
  return createHash("sha256").update(JSON.stringify({ VERSION: FINDINGS_VERSION, policy, rules, baseline, expired, content })).digest("hex").slice(0, 20);
}
function remoteOf(remotes) {
  return (remotes.find((remote) => remote.name === "origin") ?? remotes[0])?.url ?? null;
}
function sourceOf(verdict) {
  if (verdict.commit !== void 0) return "history";
  return verdict.path !== void 0 ? "tree" : "refs";
}
function toRow(repository, source, finding) {
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
    summary: finding.commitSummary ?? (source === "refs" ? finding.field ?? null : null),
    note: finding.note ?? null
  };
}
function oneLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").map((line) => line.trim()).find(Boolean)?.slice(0, 500) ?? "unknown error";
}
async function runSources(repo, engine, what, baseline, onCommits) {
  const [{ runPipeline }, { historySource }, { treeSource }, { allRefObjectsSource }] = await Promise.all([
    import('./core.js').then(function (n) { return n.J; }),
    import('./core.js').then(function (n) { return n.K; }),
    import('./core.js').then(function (n) { return n.a1; }),
    import('./core.js').then(function (n) { return n.L; })
  ]);
  const sources = [allRefObjectsSource(repo.cwd)];
  if (what.history) sources.push(historySource(repo.cwd, { revisions: what.history, content: what.content, merges: "combined" }));
  if (what.tree) sources.push(treeSource({ ...repo, bare: true, root: void 0, cwd: repo.gitDir }, { content: what.content }));
  let pending = 0;
  const onCommit = () => {
    if (++pending < 256) return;
    onCommits(pending);
    pending = 0;
  };
  const result = await runPipeline(engine, sources, { gate: false, repoDir: repo.cwd, baseline, onCommit });
  if (pending) onCommits(pending);
  return result.report.findings;
}
var AUDIT_WORKER = "aiguardAuditWorker";
function serve(port) {
  port.on("message", (job) => {
    const repository = job.target.name;
    const events = {
      commits: (count) => port.postMessage({ type: "commits", repository, count }),
      fetching: (stage, percent) => port.postMessage({ type: "fetching", repository, stage, percent })
    };
    void scanRepository(job, events).then((result) => port.postMessage({ type: "result", repository, result }));
  });
}
if (!isMainThread && parentPort && workerData?.[AUDIT_WORKER] === true) serve(parentPort);

// src/audit/worker-pool.ts
var WORKER_HEAP_MB = 256;
function startWorker() {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  return new Worker(new URL(import.meta.url), { workerData: { [AUDIT_WORKER]: true }, resourceLimits });
}
function warmWorkers(count) {
  return Array.from({ length: count }, () => {
    const warm = { worker: startWorker(), gone: false };
    warm.worker.once("error", () => warm.gone = true);
    warm.worker.once("exit", () => warm.gone = true);
    return warm;
  });
}
async function endWarmWorkers(warm) {
  await Promise.all(warm.splice(0).map(({ worker }) => worker.terminate()));
}
async function runPool(jobs, concurrency, events, warm = []) {
  const queue = [...jobs];
  const takeWorker = () => {
    for (let ready = warm.shift(); ready; ready = warm.shift()) if (!ready.gone) return ready.worker;
    return startWorker();
  };
  const runWorker = async () => {
    while (queue.length) {
      const worker = takeWorker();
      await new Promise((resolve) => {
        let current;
        const next = () => {
          current = queue.shift();
          if (!current) {
            void worker.terminate().then(() => resolve());
            return;
          }
          events.started(current.target.name);
          worker.postMessage(current);
        };
        worker.on("message", (message) => {
          if (message.type === "commits") events.commits(message.repository, message.count);
          else if (message.type === "fetching") events.fetching(message.repository, message.stage, message.percent);
          else {
            events.finished(message.result);
            next();
          }
        });
        const died = (reason) => {
          if (current) events.finished(failedResult(current, reason));
          current = void 0;
          resolve();
        };
        worker.on(
          "error",
          (error) => died(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? `the scan ran out of memory (${WORKER_HEAP_MB} MB)` : error.message)
        );
        worker.on("exit", (code) => died(`the worker stopped (exit ${code})`));
        next();
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, runWorker));
  await endWarmWorkers(warm);
}

export { WORKER_HEAP_MB, endWarmWorkers, runPool, warmWorkers };
