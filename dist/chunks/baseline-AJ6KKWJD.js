import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  treeSource
} from "./chunk-77AMEFIL.js";
import {
  openRepository
} from "./chunk-SQEYGC7D.js";
import {
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import {
  historySource
} from "./chunk-DRJECJGC.js";
import "./chunk-WWYWQAHO.js";
import "./chunk-J4TZ3TZQ.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-2GJYC5AG.js";
import {
  patchIds
} from "./chunk-OLPMK67W.js";
import "./chunk-FNEAICNM.js";
import {
  loadEngine,
  runPipeline
} from "./chunk-L5UX2IFM.js";
import "./chunk-ESRU6ARM.js";
import "./chunk-PM7LJ7J2.js";
import "./chunk-TZIBRDA3.js";
import "./chunk-Q46FT7M3.js";
import "./chunk-7HWEKAEO.js";
import "./chunk-5HDEY43M.js";
import "./chunk-6WWNLYQH.js";
import "./chunk-ZWTPA6KL.js";
import {
  baselinePath,
  findingsToRecord,
  readBaselineForUpdate,
  updateBaseline,
  writeBaseline
} from "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-5AY5LYA7.js";
import "./chunk-RA55SYXC.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

// src/commands/baseline.ts
import { relative } from "node:path";
var BASELINE_USAGE = `Usage: aiguard baseline [PATH] [options]
  Records the findings of the tree and of all history of the repository at PATH (default: the current
  directory) in the policy's baseline file (default .aiguard-baseline.json), so that only new ones fail.
  A message or identity finding is recorded for its commit (author, author date and patch id, which a rebase
  keeps): the same trailer in a later commit still fails. Path findings cover the path; content and settings
  findings the same text at the same path.
  --prune      drop entries that no longer match any finding
  --config F   the policy file (default: found in the repository root)`;
async function baselineCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    "baseline",
    argv,
    { prune: { type: "boolean" }, config: { type: "string" }, help: { type: "boolean", short: "h" } },
    1
  );
  if (values.help) {
    process.stdout.write(`${BASELINE_USAGE}
`);
    return 0;
  }
  const repo = await openRepository(positionals[0] ?? ".");
  const repoDir = repo.root ?? repo.cwd;
  const engine = await loadEngine({ configFile: values.config, searchDir: repoDir });
  const file = baselinePath(repoDir, engine.policy.baseline);
  if (!file) throw new UsageError(`${engine.policy.origins?.baseline ?? "config"}: baseline: false (the policy turns baselines off)`);
  const label = relative(repoDir, file) || file;
  const previous = readBaselineForUpdate(file, label);
  const sources = [treeSource(repo, { content: true })];
  if (repo.hasHead) sources.push(historySource(repo.cwd, { revisions: ["--all"], content: true }));
  const { report, commitsScanned } = await runPipeline(engine, sources, { gate: false, repoDir, baseline: false });
  const recorded = findingsToRecord(report.findings);
  const commits = [...new Set(recorded.filter((finding) => finding.commit && (finding.kind === "message" || finding.kind === "identity")).map((finding) => finding.commit))];
  const { baseline, added, pruned } = updateBaseline(previous.baseline, recorded, await patchIds(repo.cwd, commits), values.prune === true);
  writeBaseline(file, baseline);
  const prunedText = values.prune ? `, ${pruned} pruned` : "";
  const migrated = previous.migratedFrom ? `; rewritten from version ${previous.migratedFrom}, whose entries covered future commits too` : "";
  process.stdout.write(`aiguard: ${baseline.entries.length} entries in ${label} (${added} new${prunedText}; tree and ${commitsScanned} commits scanned${migrated})
`);
  return 0;
}
export {
  BASELINE_USAGE,
  baselineCommand
};
