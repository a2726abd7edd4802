import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  stripMessage
} from "./chunk-C6DBD7WE.js";
import {
  commitMessageText,
  messageSource,
  readMessageFile
} from "./chunk-5DJ3D3HN.js";
import "./chunk-KDSNJN5L.js";
import {
  openRepository
} from "./chunk-SQEYGC7D.js";
import {
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import "./chunk-OLEGOZG7.js";
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
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-5AY5LYA7.js";
import "./chunk-RA55SYXC.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

// src/commands/fix-message.ts
import { writeFileSync } from "node:fs";
var FIX_MESSAGE_USAGE = `Usage: aiguard fix-message FILE [--config F] [--dry-run]
  Removes AI trailers and generated-with markers (every line the policy blocks or warns about) from a
  commit message file, with the blank lines they leave; every other trailer stays. Exit 1 when something
  blocking remains (or the message would be empty), 0 otherwise.
  --dry-run            print the fixed message instead of writing the file
  --config F           the policy file (default: the repository's config)`;
async function fixMessageCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    "fix-message",
    argv,
    { config: { type: "string" }, "dry-run": { type: "boolean" }, help: { type: "boolean", short: "h" } },
    1
  );
  if (values.help) {
    process.stdout.write(`${FIX_MESSAGE_USAGE}
`);
    return 0;
  }
  const file = positionals[0];
  if (file === void 0) throw new UsageError("aiguard fix-message: the message file argument is missing");
  const raw = readMessageFile(file);
  const searchDir = await repositoryRoot();
  const engine = await loadEngine({ configFile: values.config, searchDir });
  const result = await stripMessage(raw, engine);
  if (values["dry-run"]) process.stdout.write(result.message);
  else if (result.removed.length > 0) writeFileSync(file, result.message);
  for (const line of result.removed) process.stderr.write(`aiguard: removed: ${line}
`);
  if (result.wouldEmpty) process.stderr.write(`aiguard: ${file}: not changed: nothing but AI lines would be left; write a message of your own
`);
  const { report } = await runPipeline(engine, [messageSource({ file, text: commitMessageText(result.message) })], { gate: false, repoDir: searchDir });
  for (const finding of report.findings.filter((item) => item.status === "blocking")) {
    process.stderr.write(`aiguard: still blocking: line ${finding.line ?? "?"}: ${finding.evidence} (${finding.ruleId})
`);
  }
  return report.summary.blocking > 0 ? 1 : 0;
}
async function repositoryRoot() {
  try {
    const repo = await openRepository(".");
    return repo.root ?? repo.cwd;
  } catch {
    return process.cwd();
  }
}
export {
  FIX_MESSAGE_USAGE,
  fixMessageCommand
};
