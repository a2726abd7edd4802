import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  REPORT_OPTIONS
} from "./chunk-LZ45CXJM.js";
import {
  parseCommandArgs
} from "./chunk-BRJMNBUH.js";
import {
  enterPhase
} from "./chunk-WSULOSY3.js";
import {
  openRepository
} from "./chunk-4UTWXH67.js";
import "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/commands/scan.ts
import { resolve } from "node:path";
var loadPipeline = () => Promise.all([import("./pipeline-TM4P6DGI.js"), import("./emit-report-HLANTBRP.js"), import("./root-commits-DLBJB6LP.js")]);
var PRELOADED_FORMATTERS = {
  text: () => import("./text-MVWCLU5C.js"),
  json: () => import("./json-WYKIOU37.js")
};
var scanUsage = (reportUsage) => `Usage: aiguard scan [PATH] [options]
  Scans the tree of the repository at PATH (default: the current directory): tracked files and
  untracked files that are not ignored.
  --staged            what the index adds against HEAD (paths and added lines)
  --message-file F    a commit message file
  --range REVS        every commit git rev-list REVS lists (main, A..B, A...B)
  --all               every commit reachable from any ref
  --no-content        skip added lines of commits and file contents
  --config F          the policy file (default: found from PATH up to the repository root)
  --trust-config      run a JS/TS config found in the repository (also AIGUARD_TRUST_CONFIG=1)
${reportUsage}`;
async function scanCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    "scan",
    argv,
    {
      staged: { type: "boolean" },
      "message-file": { type: "string" },
      range: { type: "string" },
      all: { type: "boolean" },
      content: { type: "boolean", default: true },
      ...REPORT_OPTIONS,
      config: { type: "string" },
      "trust-config": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    1
  );
  if (values.help) {
    process.stdout.write(`${scanUsage((await import("./emit-report-HLANTBRP.js")).REPORT_OPTIONS_USAGE)}
`);
    return 0;
  }
  const reportOptions = (await import("./emit-report-HLANTBRP.js")).reportOptionsFrom(values);
  if (values.range !== void 0 && values.all) throw new UsageError("aiguard scan: --range and --all cannot be used together");
  if (values.staged && (values.all || values.range !== void 0)) {
    throw new UsageError(`aiguard scan: --staged and ${values.all ? "--all" : "--range"} cannot be used together`);
  }
  if (values.range !== void 0 && values.range.trim() === "") throw new UsageError("aiguard scan: --range needs revisions");
  enterPhase("repository (git rev-parse)");
  const dir = positionals[0] ?? ".";
  const content = values.content !== false;
  const history = values.range !== void 0 || values.all === true;
  const revisions = values.all ? ["--all"] : values.range?.trim().split(/\s+/) ?? [];
  const treeMode = !values.staged && values["message-file"] === void 0 && !history;
  const merges = values.all ? "combined" : "remerge";
  const early = history ? import("./range-MU5W37J2.js").then(({ historySource }) => historySource(resolve(dir), { revisions, content, merges })) : void 0;
  early?.catch(() => void 0);
  const sources = [];
  try {
    const opening = openRepository(dir);
    opening.catch(() => void 0);
    if (treeMode) sources.push(await startTree(resolve(dir), opening, content));
    const repo = await opening;
    if (history) {
      const log = await early;
      sources.push(log);
      if (values.all) sources.push((await import("./ref-objects-WMWMPEDE.js")).allRefObjectsSource(repo.cwd));
      if (!repo.hasHead && !values.all) throw new UsageError(`unknown revision: ${revisions.join(" ")} (the repository has no commits)`);
    }
    if (values.staged) {
      const { stagedSource } = await import("./staged-IESYXMUY.js");
      sources.unshift(stagedSource(repo.cwd, Promise.resolve(repo), { content }));
    }
    if (values["message-file"] !== void 0) {
      const { messageSource } = await import("./message-file-QDNJCET2.js");
      sources.splice(values.staged ? 1 : 0, 0, messageSource({ file: values["message-file"] }));
    }
    const pipeline = loadPipeline();
    const format = values.format ?? "text";
    if (Object.hasOwn(PRELOADED_FORMATTERS, format)) PRELOADED_FORMATTERS[format]().catch(() => void 0);
    enterPhase("pipeline modules (loading while git starts)");
    const [{ loadEngine, runPipeline }, { emitReport }, { rootCommitsOf }] = await pipeline;
    enterPhase("policy and rules (config, compile)");
    const searchDir = repo.root ?? repo.cwd;
    const trustCode = values["trust-config"] || void 0;
    const engine = await loadEngine({ configFile: values.config, searchDir, startDir: resolve(dir), trustCode });
    const notCovered = engine.policy.scope?.remotes?.length ? await outOfScope(repo, engine.policy) : void 0;
    if (notCovered) {
      process.stderr.write(`${notCovered}
`);
      return 0;
    }
    enterPhase("sources and detection (git, parsing, matching)");
    const progress = history ? (await import("./progress-CTAXNZ74.js")).createProgress(process.stderr) : void 0;
    let result;
    try {
      result = await runPipeline(engine, sources, {
        gate: false,
        repoDir: repo.root ?? repo.cwd,
        onCommit: progress && (() => progress.tick())
      });
    } finally {
      progress?.done();
    }
    enterPhase("report");
    const label = sources.filter((source) => source.label !== "history").map((source) => source.label).join(", ") || "history";
    const rootCommits = await rootCommitsOf(
      repo,
      result.report.findings.map((finding) => finding.commit)
    );
    const why = (ruleId) => engine.ruleSet.matchers.rules.get(ruleId)?.rule.why;
    return emitReport(result.report, { ...reportOptions, label, rootCommits, why });
  } finally {
    for (const source of sources) source.stop();
    if (early && sources.length === 0) (await early.catch(() => void 0))?.stop();
  }
}
async function startTree(startDir, repository, content) {
  const [{ treeSourceAt }, { builtinRules }, { contentKeywordsOf }] = await Promise.all([
    import("./tree-7WTOPFBT.js"),
    import("./builtin-rules-GGDPWCNR.js"),
    import("./compile-rules-YMJVRTR5.js")
  ]);
  let expectedKeywords;
  try {
    expectedKeywords = content ? contentKeywordsOf(builtinRules()) : [];
  } catch {
    expectedKeywords = void 0;
  }
  return treeSourceAt(startDir, repository, { content, expectedKeywords });
}
async function outOfScope(repo, policy) {
  const [{ checkScope }, { readRemotes }] = await Promise.all([import("./scope-DHQAY5SS.js"), import("./remotes-DUGVYHLG.js")]);
  return checkScope(policy, await readRemotes(repo));
}
export {
  scanCommand,
  scanUsage
};
