import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  treeSource
} from "./chunk-DXUY5O6P.js";
import "./chunk-GS7CHFMK.js";
import {
  parseCommandArgs
} from "./chunk-BRJMNBUH.js";
import {
  historySource
} from "./chunk-SZTQLXJE.js";
import "./chunk-C5BAC656.js";
import "./chunk-QQBOK7KR.js";
import {
  allRefObjectsSource
} from "./chunk-C342KZ3L.js";
import "./chunk-FRPMA3TM.js";
import "./chunk-4IZPWBSN.js";
import {
  patchIds
} from "./chunk-G6TBOBYV.js";
import {
  loadEngine,
  runPipeline
} from "./chunk-WGNTBMP4.js";
import "./chunk-CA2JELLG.js";
import "./chunk-ANK5ROIP.js";
import "./chunk-TL4CNQY2.js";
import "./chunk-WSULOSY3.js";
import "./chunk-24LWJLR4.js";
import "./chunk-HJVOMFK7.js";
import "./chunk-N6WKSYDH.js";
import "./chunk-QWYIKMHS.js";
import "./chunk-KBEZPOTM.js";
import "./chunk-5EJRVVY2.js";
import "./chunk-NGW65SNJ.js";
import "./chunk-Y26MC6NA.js";
import "./chunk-HGCB3MYG.js";
import {
  baselinePath,
  commitsToRecord,
  findingsToRecord,
  readBaselineForUpdate,
  updateBaseline,
  writeBaseline
} from "./chunk-CPVVM4UP.js";
import "./chunk-V3ZTEXLP.js";
import "./chunk-ZN6I7QMI.js";
import "./chunk-VWGE2P5Z.js";
import "./chunk-WYUSH6JS.js";
import "./chunk-VJT5LKH4.js";
import {
  openRepository
} from "./chunk-4UTWXH67.js";
import "./chunk-ESKB75NP.js";
import "./chunk-QAPCKFJT.js";
import "./chunk-3A7CYMZE.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

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
  if (repo.hasHead) sources.push(historySource(repo.cwd, { revisions: ["--all"], content: true, merges: "combined" }));
  sources.push(allRefObjectsSource(repo.cwd));
  const { report, commitsScanned } = await runPipeline(engine, sources, { gate: false, repoDir, baseline: false });
  const recorded = findingsToRecord(report.findings);
  const commits = commitsToRecord(recorded);
  const { baseline, added, pruned } = updateBaseline(previous.baseline, recorded, await patchIds(repo.cwd, commits), values.prune === true);
  writeBaseline(file, baseline);
  const prunedText = values.prune ? `, ${pruned} pruned` : "";
  const migrated = previous.migratedFrom ? `; rewritten from version ${previous.migratedFrom}, whose entries covered future commits too` : "";
  process.stdout.write(
    `aiguard: ${baseline.entries.length} entries in ${label} (${added} new${prunedText}; tree and ${commitsScanned} commits scanned${migrated})
`
  );
  return 0;
}
export {
  BASELINE_USAGE,
  baselineCommand
};
