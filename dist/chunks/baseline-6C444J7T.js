import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  rangeSubjectBatches
} from "./chunk-3ZIO4OZC.js";
import {
  treeSubjects
} from "./chunk-WSVVMY6L.js";
import {
  openRepository
} from "./chunk-XF6QA2CC.js";
import {
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import "./chunk-VNCF2TW3.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-4ZGAVNFW.js";
import {
  applyPolicy,
  baselinePath,
  collectFindings,
  findingsToRecord,
  loadEngine,
  readBaseline,
  updateBaseline,
  writeBaseline
} from "./chunk-MRZGVUKS.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-T3SIZCCV.js";
import "./chunk-6GUMSFSJ.js";
import "./chunk-XBZO7ZD7.js";
import "./chunk-NFX7L2P6.js";
import "./chunk-SW43LJ2P.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";

// src/commands/baseline.ts
import { relative } from "node:path";
var BASELINE_USAGE = `Usage: aiguard baseline [PATH] [options]
  Records the findings of the tree and of all history of the repository at PATH (default: the current
  directory) in the policy's baseline file (default .aiguard-baseline.json), so that only new ones fail.
  Entries are fingerprints of rule, path and evidence: rebases and squashes keep them valid.
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
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir: repoDir });
  const file = baselinePath(repoDir, policy.baseline);
  if (!file) throw new UsageError(`${policy.origins?.baseline ?? "config"}: baseline: false (the policy turns baselines off)`);
  const findings = [];
  await collectFindings(ruleSet.matchers, await treeSubjects(repo, ruleSet.matchers.contentKeywords), findings);
  let commits = 0;
  if (repo.hasHead) await collectFindings(ruleSet.matchers, rangeSubjectBatches(repo, { revisions: ["--all"], content: true, onCommit: () => commits++ }), findings);
  const judged = await applyPolicy(findings, policy, { gate: false, repoDir, skipBaseline: true });
  const label = relative(repoDir, file) || file;
  const { baseline, added, pruned } = updateBaseline(readBaseline(file, label), findingsToRecord(judged), values.prune === true);
  writeBaseline(file, baseline);
  const prunedText = values.prune ? `, ${pruned} pruned` : "";
  process.stdout.write(`aiguard: ${baseline.entries.length} entries in ${label} (${added} new${prunedText}; tree and ${commits} commits scanned)
`);
  return 0;
}
export {
  BASELINE_USAGE,
  baselineCommand
};
