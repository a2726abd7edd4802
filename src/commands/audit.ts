import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseCommandArgs, oneOf } from '../cli-args.js';
import { UsageError } from '../errors.js';
import type { AuditStore, FindingRow, RepositoryRow } from '../audit/store.js';
import type { RepositoryJob } from '../audit/scan-repository.js';
import type { AuditProgress } from '../audit/audit-progress.js';
import type { WarmWorker } from '../audit/worker-pool.js';
import { enterPhase } from '../util/profile.js';

const USAGE = `Usage: aiguard audit [REPO...] [options]
       aiguard audit merge STORE... --store FILE [--html FILE]
  Audits many repositories into one SQLite store: every commit of their branches and tags, and their
  default branch's tree. A re-run reads only commits it has not seen; a changed policy rescans.
  REPO                a local repository (work tree or bare) or a git URL (mirrored into --cache)
  --repos FILE        repositories, one a line (# comments)
  --store FILE        the SQLite store (default aiguard-audit.sqlite)
  --cache DIR         where URL mirrors live (default: aiguard-audit-cache beside the store)
  --jobs N            repositories in parallel (default: the number of cores)
  --shard I/N         audit the I-th of N slices of the sorted repository list (CI matrices)
  --html FILE         write the self-contained HTML report to FILE
  --format F          text | json | csv | sarif (default text)
  --output F          write the report to F instead of standard output
  --config F          the organisation's policy (JSON or YAML; default: each repository's own)
  --content           also read added lines and file contents (fetches the blobs of a mirror)
  --full              rescan every commit, as on a first run
  Exit code: 2 if a repository failed, else 1 if any blocking finding, else 0.`;

export async function auditCommand(argv: string[]): Promise<number> {
  if (argv[0] === 'merge') return mergeCommand(argv.slice(1));
  const { values, positionals } = parseCommandArgs(
    'audit',
    argv,
    {
      repos: { type: 'string' },
      store: { type: 'string' },
      cache: { type: 'string' },
      jobs: { type: 'string' },
      shard: { type: 'string' },
      html: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      config: { type: 'string' },
      content: { type: 'boolean' },
      full: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    Infinity,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { AUDIT_FORMATS } = await import('../audit/audit-output.js');
  const format = oneOf('--format', values.format, AUDIT_FORMATS, 'text');
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${values.jobs}: expected a whole number of at least 1`);
  const [{ auditTargets, readRepositoryFile }, { parseShard, selectShard }] = await Promise.all([
    import('../audit/repository-list.js'),
    import('../audit/shards.js'),
  ]);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const entries = [...positionals, ...(values.repos === undefined ? [] : readRepositoryFile(values.repos))];
  if (entries.length === 0) throw new UsageError('aiguard audit: no repositories (name them, or list them with --repos FILE)');
  const targets = selectShard(auditTargets(entries), shard);
  const configFile = values.config === undefined ? undefined : resolve(values.config);
  // The organisation's policy fails here, once, with its one line, not in every worker.
  const orgPolicy = configFile && (await (await import('../config/resolve-policy.js')).resolvePolicy({ configFile, allowCode: false }));
  const storeFile = resolve(values.store ?? 'aiguard-audit.sqlite');
  const cache = resolve(values.cache ?? join(dirname(storeFile), 'aiguard-audit-cache'));
  const [{ AuditStore }, { createAuditProgress }, inputs] = await Promise.all([
    import('../audit/store.js'),
    import('../audit/audit-progress.js'),
    import('../audit/scan-inputs.js'),
  ]);
  const [full, content] = [values.full === true, values.content === true];
  const config = orgPolicy ? inputs.configDigest(orgPolicy) : null;
  // Decided here, before any worker starts: a repository whose refs, remotes and policy are as last time is not sent.
  // git reads them while the store opens; a first run (no store yet) and --full have nothing to compare with.
  const keys = full || !existsSync(storeFile) ? new Map() : inputs.probeKeys(targets, { config, content, concurrency: jobs * 2 });
  // With nothing to compare, every repository is scanned: the workers load the scan while the store opens.
  const warm = keys.size === 0 ? (await import('../audit/worker-pool.js')).warmWorkers(Math.min(jobs, targets.length)) : [];
  enterPhase('open the store');
  const store = await AuditStore.open(storeFile).catch(async (error: unknown) => {
    await endWarm(warm);
    throw error;
  });
  try {
    const scannedAt = new Date().toISOString();
    const progress = createAuditProgress(targets.length);
    enterPhase('find what changed (refs and remotes of each repository)');
    const unchanged = await inputs.unchangedResults(store, keys, scannedAt);
    for (const result of unchanged.values()) store.record(result);
    // Each job carries what the store knows of its repository: the worker decides what is new.
    const repositoryJobs = targets
      .filter((target) => !unchanged.has(target.name))
      .map((target) => ({ target, cache, configFile, full, content, scannedAt, previous: store.state(target.name) }));
    enterPhase(`scan (${repositoryJobs.length} of ${targets.length} repositories, ${Math.min(jobs, repositoryJobs.length)} workers)`);
    try {
      for (const name of unchanged.keys()) progress.finished(name);
      if (repositoryJobs.length) await scanInWorkers(store, repositoryJobs, jobs, progress, warm);
    } finally {
      progress.done();
    }
    enterPhase('write the store');
    store.save();
    enterPhase('reports');
    const names = new Set(targets.map((target) => target.name));
    return await finish(store, names, { format, output: values.output, html: values.html });
  } finally {
    store.close();
    await endWarm(warm);
  }
}

/** Warm workers no job took (an error before the scan; runPool ends the rest): ended, else they keep the process alive. */
async function endWarm(warm: WarmWorker[]): Promise<void> {
  if (warm.length) await (await import('../audit/worker-pool.js')).endWarmWorkers(warm);
}

/** The repositories with work, --jobs at a time in worker threads; each result is written to the store as it comes. */
async function scanInWorkers(
  store: AuditStore,
  jobs: RepositoryJob[],
  concurrency: number,
  progress: AuditProgress,
  warm: WarmWorker[],
): Promise<void> {
  const { runPool } = await import('../audit/worker-pool.js');
  let savedAt = Date.now();
  await runPool(
    jobs,
    concurrency,
    {
      started: (repository) => progress.started(repository),
      commits: (_repository, count) => progress.commits(count),
      fetching: (repository, stage, percent) => progress.fetching(repository, stage, percent),
      finished: (result) => {
        store.record(result);
        progress.finished(result.row.repository);
        // A long audit keeps what it has: an interrupted run loses at most half a minute of work.
        if (Date.now() - savedAt > 30_000) {
          store.save();
          savedAt = Date.now();
        }
      },
    },
    warm,
  );
}

async function mergeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'audit merge',
    argv,
    {
      store: { type: 'string' },
      html: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    Infinity,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.store === undefined) throw new UsageError('aiguard audit merge: --store FILE is required (the merged store to write)');
  if (positionals.length === 0) throw new UsageError('aiguard audit merge: no shard stores to merge');
  const storeFile = resolve(values.store);
  if (positionals.some((file) => resolve(file) === storeFile)) {
    throw new UsageError(`aiguard audit merge: --store ${values.store} is also an input`);
  }
  const { AUDIT_FORMATS } = await import('../audit/audit-output.js');
  const format = oneOf('--format', values.format, AUDIT_FORMATS, 'text');
  const [{ AuditStore }, { mergeStores }] = await Promise.all([import('../audit/store.js'), import('../audit/merge.js')]);
  const store = await AuditStore.open(storeFile);
  try {
    await mergeStores(store, positionals);
    store.save();
    return await finish(store, undefined, { format, output: values.output, html: values.html });
  } finally {
    store.close();
  }
}

interface ReportOptions {
  format: import('../audit/audit-output.js').AuditFormat;
  output?: string;
  html?: string;
}

/** Writes the reports of the repositories named (all when undefined) and turns them into the exit code. */
async function finish(store: AuditStore, names: Set<string> | undefined, options: ReportOptions): Promise<number> {
  const repositories: RepositoryRow[] = store.repositories().filter((row) => !names || names.has(row.repository));
  const findings: FindingRow[] = store.findings().filter((row) => !names || names.has(row.repository));
  const { formatAudit } = await import('../audit/audit-output.js');
  write(options.output, await formatAudit(options.format, repositories, findings), '--output');
  if (options.html) write(options.html, (await import('../audit/html.js')).renderAuditHtml(repositories, findings), '--html');
  const failed = repositories.filter((row) => row.status === 'failed');
  for (const row of failed) process.stderr.write(`aiguard audit: ${row.repository}: failed: ${row.error ?? 'unknown error'}\n`);
  if (failed.length) return 2;
  return findings.some((row) => row.status === 'blocking') ? 1 : 0;
}

function write(file: string | undefined, text: string, option: string): void {
  if (file === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`${option} ${file}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
