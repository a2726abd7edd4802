import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  oneOf,
  parseCommandArgs
} from "./chunk-BRJMNBUH.js";
import {
  enterPhase
} from "./chunk-WSULOSY3.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/commands/audit.ts
import { existsSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
var USAGE = `Usage: aiguard audit [REPO...] [options]
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
async function auditCommand(argv) {
  if (argv[0] === "merge") return mergeCommand(argv.slice(1));
  const { values, positionals } = parseCommandArgs(
    "audit",
    argv,
    {
      repos: { type: "string" },
      store: { type: "string" },
      cache: { type: "string" },
      jobs: { type: "string" },
      shard: { type: "string" },
      html: { type: "string" },
      format: { type: "string" },
      output: { type: "string" },
      config: { type: "string" },
      content: { type: "boolean" },
      full: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    Infinity
  );
  if (values.help) {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  const { AUDIT_FORMATS } = await import("./audit-output-RR4TR246.js");
  const format = oneOf("--format", values.format, AUDIT_FORMATS, "text");
  const jobs = values.jobs === void 0 ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${values.jobs}: expected a whole number of at least 1`);
  const [{ auditTargets, readRepositoryFile }, { parseShard, selectShard }] = await Promise.all([
    import("./repository-list-AOSSAPXF.js"),
    import("./shards-3FJGMJCU.js")
  ]);
  const shard = values.shard === void 0 ? void 0 : parseShard(values.shard);
  const entries = [...positionals, ...values.repos === void 0 ? [] : readRepositoryFile(values.repos)];
  if (entries.length === 0) throw new UsageError("aiguard audit: no repositories (name them, or list them with --repos FILE)");
  const targets = selectShard(auditTargets(entries), shard);
  const configFile = values.config === void 0 ? void 0 : resolve(values.config);
  const orgPolicy = configFile && await (await import("./resolve-policy-6CEQB5XQ.js")).resolvePolicy({ configFile, allowCode: false });
  const storeFile = resolve(values.store ?? "aiguard-audit.sqlite");
  const cache = resolve(values.cache ?? join(dirname(storeFile), "aiguard-audit-cache"));
  const [{ AuditStore }, { createAuditProgress }, inputs] = await Promise.all([
    import("./store-66EE7CP7.js"),
    import("./audit-progress-HP2HNGRU.js"),
    import("./scan-inputs-ABCQT2SP.js")
  ]);
  const [full, content] = [values.full === true, values.content === true];
  const config = orgPolicy ? inputs.configDigest(orgPolicy) : null;
  const keys = full || !existsSync(storeFile) ? /* @__PURE__ */ new Map() : inputs.probeKeys(targets, { config, content, concurrency: jobs * 2 });
  const warm = keys.size === 0 ? (await import("./worker-pool-Q57YTB4X.js")).warmWorkers(Math.min(jobs, targets.length)) : [];
  enterPhase("open the store");
  const store = await AuditStore.open(storeFile).catch(async (error) => {
    await endWarm(warm);
    throw error;
  });
  try {
    const scannedAt = (/* @__PURE__ */ new Date()).toISOString();
    const progress = createAuditProgress(targets.length);
    enterPhase("find what changed (refs and remotes of each repository)");
    const unchanged = await inputs.unchangedResults(store, keys, scannedAt);
    for (const result of unchanged.values()) store.record(result);
    const repositoryJobs = targets.filter((target) => !unchanged.has(target.name)).map((target) => ({ target, cache, configFile, full, content, scannedAt, previous: store.state(target.name) }));
    enterPhase(`scan (${repositoryJobs.length} of ${targets.length} repositories, ${Math.min(jobs, repositoryJobs.length)} workers)`);
    try {
      for (const name of unchanged.keys()) progress.finished(name);
      if (repositoryJobs.length) await scanInWorkers(store, repositoryJobs, jobs, progress, warm);
    } finally {
      progress.done();
    }
    enterPhase("write the store");
    store.save();
    enterPhase("reports");
    const names = new Set(targets.map((target) => target.name));
    return await finish(store, names, { format, output: values.output, html: values.html });
  } finally {
    store.close();
    await endWarm(warm);
  }
}
async function endWarm(warm) {
  if (warm.length) await (await import("./worker-pool-Q57YTB4X.js")).endWarmWorkers(warm);
}
async function scanInWorkers(store, jobs, concurrency, progress, warm) {
  const { runPool } = await import("./worker-pool-Q57YTB4X.js");
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
        if (Date.now() - savedAt > 3e4) {
          store.save();
          savedAt = Date.now();
        }
      }
    },
    warm
  );
}
async function mergeCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    "audit merge",
    argv,
    {
      store: { type: "string" },
      html: { type: "string" },
      format: { type: "string" },
      output: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    Infinity
  );
  if (values.help) {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (values.store === void 0) throw new UsageError("aiguard audit merge: --store FILE is required (the merged store to write)");
  if (positionals.length === 0) throw new UsageError("aiguard audit merge: no shard stores to merge");
  const storeFile = resolve(values.store);
  if (positionals.some((file) => resolve(file) === storeFile)) {
    throw new UsageError(`aiguard audit merge: --store ${values.store} is also an input`);
  }
  const { AUDIT_FORMATS } = await import("./audit-output-RR4TR246.js");
  const format = oneOf("--format", values.format, AUDIT_FORMATS, "text");
  const [{ AuditStore }, { mergeStores }] = await Promise.all([import("./store-66EE7CP7.js"), import("./merge-EFHMO7SA.js")]);
  const store = await AuditStore.open(storeFile);
  try {
    await mergeStores(store, positionals);
    store.save();
    return await finish(store, void 0, { format, output: values.output, html: values.html });
  } finally {
    store.close();
  }
}
async function finish(store, names, options) {
  const repositories = store.repositories().filter((row) => !names || names.has(row.repository));
  const findings = store.findings().filter((row) => !names || names.has(row.repository));
  const { formatAudit } = await import("./audit-output-RR4TR246.js");
  write(options.output, await formatAudit(options.format, repositories, findings), "--output");
  if (options.html) write(options.html, (await import("./html-DADJ3F5V.js")).renderAuditHtml(repositories, findings), "--html");
  const failed = repositories.filter((row) => row.status === "failed");
  for (const row of failed) process.stderr.write(`aiguard audit: ${row.repository}: failed: ${row.error ?? "unknown error"}
`);
  if (failed.length) return 2;
  return findings.some((row) => row.status === "blocking") ? 1 : 0;
}
function write(file, text, option) {
  if (file === void 0) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`${option} ${file}: cannot write it (${error.code ?? error.message})`);
  }
}
export {
  auditCommand
};
