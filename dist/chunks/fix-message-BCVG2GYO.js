import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  stripMessage
} from "./chunk-NVDPDQL2.js";
import {
  commitMessageText,
  messageSource,
  readMessageFile
} from "./chunk-TPWWTNLJ.js";
import "./chunk-GS7CHFMK.js";
import {
  parseCommandArgs
} from "./chunk-BRJMNBUH.js";
import "./chunk-FRPMA3TM.js";
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
import "./chunk-CPVVM4UP.js";
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
  if (result.wouldEmpty)
    process.stderr.write(`aiguard: ${file}: not changed: nothing but AI lines would be left; write a message of your own
`);
  const { report } = await runPipeline(engine, [messageSource({ file, text: commitMessageText(result.message) })], {
    gate: false,
    repoDir: searchDir
  });
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
