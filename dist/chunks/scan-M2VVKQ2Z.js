import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  openRepository
} from "./chunk-XF6QA2CC.js";
import {
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import "./chunk-4ZGAVNFW.js";
import {
  enterPhase
} from "./chunk-QCSWZ7RP.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

// src/commands/scan.ts
import { resolve } from "node:path";
var loadPipeline = () => Promise.all([import("./scan-pipeline-5JVHHQRM.js"), import("./settings-text-XF4FS565.js"), import("./detect-settings-NPVTSURR.js"), import("./emit-report-S25CXI4A.js")]);
var PRELOADED_FORMATTERS = { text: () => import("./text-ECRF4ZF2.js"), json: () => import("./json-7WV73732.js") };
var scanUsage = (formats) => `Usage: aiguard scan [PATH] [options]
  Scans the tree of the repository at PATH (default: the current directory): tracked files and
  untracked files that are not ignored.
  --staged            what the index adds against HEAD (paths and added lines)
  --message-file F    a commit message file
  --range REVS        every commit git rev-list REVS lists (main, A..B, A...B)
  --all               every commit reachable from any ref
  --no-content        skip added lines of commits and file contents
  --format F          ${formats.join(" | ")} (default text)
  --output F          write the report to F
  --report FMT=FILE   also write a report in format FMT to FILE (repeatable)
  --config F          the policy file (default: found in the repository root)`;
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
      format: { type: "string" },
      output: { type: "string" },
      report: { type: "string", multiple: true },
      config: { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    1
  );
  if (values.help) {
    process.stdout.write(`${scanUsage((await import("./emit-report-S25CXI4A.js")).FORMATS)}
`);
    return 0;
  }
  (await import("./emit-report-S25CXI4A.js")).reportTargets({ format: values.format, output: values.output, reports: values.report });
  if (values.range !== void 0 && values.all) throw new UsageError("aiguard scan: --range and --all cannot be used together");
  if (values.range !== void 0 && values.range.trim() === "") throw new UsageError("aiguard scan: --range needs revisions");
  enterPhase("repository (git rev-parse)");
  const content = values.content !== false;
  const history = values.range !== void 0 || values.all === true;
  const revisions = values.all ? ["--all"] : values.range?.trim().split(/\s+/) ?? [];
  const treeMode = !values.staged && values["message-file"] === void 0 && !history;
  const starters = loadStarters({ history, tree: treeMode });
  starters.catch(() => void 0);
  const earlyLog = history ? starters.then((loaded) => loaded.commitStream?.startCommitLog(resolve(positionals[0] ?? "."), { revisions, content })) : void 0;
  earlyLog?.catch(() => void 0);
  let repo;
  try {
    repo = await openRepository(positionals[0] ?? ".");
  } catch (error) {
    await stopLog(earlyLog);
    throw error;
  }
  const early = startEarly(repo, await starters, { history: history && (repo.hasHead || values.all === true), revisions, content, tree: treeMode }, await earlyLog);
  const pipeline = loadPipeline();
  const format = values.format ?? "text";
  if (Object.hasOwn(PRELOADED_FORMATTERS, format)) PRELOADED_FORMATTERS[format]().catch(() => void 0);
  try {
    enterPhase("pipeline modules (loading while git starts)");
    const [{ collectFindings, finishReport, loadEngine }, { withSettingsText, settingsSubjectsFor, settingsTextReader }, { settingsTextWanted }, { emitReport }] = await pipeline;
    enterPhase("policy and rules (config, compile)");
    const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir: repo.root ?? repo.cwd });
    const notCovered = policy.scope?.remotes?.length ? await (await import("./scope-4W3LLGWH.js")).checkScope(repo, policy) : void 0;
    if (notCovered) {
      (values.format === void 0 || values.format === "text" ? process.stdout : process.stderr).write(`${notCovered}
`);
      return 0;
    }
    const findings = [];
    const labels = [];
    let commitsScanned = 0;
    enterPhase("sources and detection (git, parsing, matching)");
    const wants = settingsTextWanted(ruleSet.matchers);
    const readers = [];
    const textReader = (source) => {
      const reader = settingsTextReader(repo, source);
      readers.push(reader);
      return reader.read;
    };
    try {
      if (values.staged) {
        labels.push("staged changes");
        const { stagedSubjects } = await import("./staged-RJJE3B3F.js");
        const subjects = await stagedSubjects(repo, content);
        await collectFindings(ruleSet.matchers, subjects, findings);
        await collectFindings(ruleSet.matchers, await settingsSubjectsFor(subjects, wants, textReader("index")), findings);
      }
      if (values["message-file"] !== void 0) {
        labels.push(`commit message (${values["message-file"]})`);
        const { messageFileSubjects } = await import("./message-file-ZF2ZU6NW.js");
        await collectFindings(ruleSet.matchers, messageFileSubjects(values["message-file"]), findings);
      }
      if (history) {
        if (!repo.hasHead && !values.all) throw new UsageError(`unknown revision: ${revisions.join(" ")} (the repository has no commits)`);
        const { rangeSubjectBatches } = await import("./range-7WQHSG56.js");
        const { createProgress } = await import("./progress-TPIF466I.js");
        const { commitPrefilter } = await import("./commit-prefilter-NFE7C6FD.js");
        const progress = createProgress(process.stderr);
        const onCommit = () => {
          commitsScanned++;
          progress.tick();
        };
        try {
          const batches = withSettingsText(rangeSubjectBatches(repo, { revisions, content, onCommit, prefilter: commitPrefilter(ruleSet.matchers, content), started: early.log }), wants, textReader("commits"));
          await collectFindings(ruleSet.matchers, batches, findings);
        } finally {
          progress.done();
        }
      }
      if (treeMode) {
        labels.push(repo.bare ? "tree at HEAD" : "working tree");
        const { treeSubjectParts } = await import("./tree-7FY4UXZK.js");
        const keywords = content ? ruleSet.matchers.contentKeywords : [];
        const parts = early.tree && early.tree.keywords.join("\0") === keywords.join("\0") ? early.tree.parts : treeSubjectParts(repo, keywords);
        const paths = await parts.paths;
        await collectFindings(ruleSet.matchers, paths, findings);
        await collectFindings(ruleSet.matchers, await settingsSubjectsFor(paths, wants, textReader("tree")), findings);
        await collectFindings(ruleSet.matchers, await parts.content, findings);
      }
    } finally {
      for (const reader of readers) reader.close();
    }
    enterPhase("policy (ignore, levels)");
    const report = await finishReport(findings, policy, commitsScanned, { gate: false, repoDir: repo.root ?? repo.cwd });
    enterPhase("report");
    return emitReport(report, { format: values.format, output: values.output, reports: values.report, label: labels.join(", ") || "history" });
  } finally {
    early.stop();
  }
}
async function loadStarters(mode) {
  if (mode.history) return { commitStream: await import("./commit-stream-EIP6QNH7.js") };
  if (!mode.tree) return {};
  const [tree, builtin, compile] = await Promise.all([import("./tree-7FY4UXZK.js"), import("./builtin-rules-XUGDNCH7.js"), import("./compile-rules-MERCXUPX.js")]);
  return { tree, builtin, compile };
}
async function stopLog(log) {
  const started = await log?.catch(() => void 0);
  if (started) (await import("./commit-stream-EIP6QNH7.js")).stopCommitLog(started);
}
function startEarly(repo, starters, mode, log) {
  if (starters.commitStream && log) {
    const { stopCommitLog } = starters.commitStream;
    if (!mode.history) {
      stopCommitLog(log);
      return { stop: () => void 0 };
    }
    return { log, stop: () => stopCommitLog(log) };
  }
  if (mode.tree && starters.tree && starters.builtin && starters.compile) {
    let keywords;
    try {
      keywords = mode.content ? starters.compile.contentKeywordsOf(starters.builtin.builtinRules()) : [];
    } catch {
      return { stop: () => void 0 };
    }
    const abort = new AbortController();
    const parts = starters.tree.treeSubjectParts(repo, keywords, abort.signal);
    let finished = false;
    void Promise.allSettled([parts.paths, parts.content]).then(() => finished = true);
    return { tree: { keywords, parts }, stop: () => finished || abort.abort() };
  }
  return { stop: () => void 0 };
}
export {
  scanCommand,
  scanUsage
};
