import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  parseCommandArgs
} from "./chunk-BRJMNBUH.js";
import {
  loadEngine
} from "./chunk-WGNTBMP4.js";
import {
  ruleLevel
} from "./chunk-CA2JELLG.js";
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
import {
  ruleFix
} from "./chunk-ZN6I7QMI.js";
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

// src/commands/explain.ts
async function explainCommand(argv) {
  const options = { config: { type: "string" }, help: { type: "boolean", short: "h" } };
  const { values, positionals } = parseCommandArgs("explain", argv, options, 1);
  if (values.help) {
    process.stdout.write("Usage: aiguard explain RULE-ID [--config F]\n");
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError("aiguard explain: missing rule id (see aiguard rules)");
  const searchDir = await openRepository(".").then(
    (repo) => repo.root ?? repo.cwd,
    () => void 0
  );
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir });
  const rule = ruleSet.rules.find((candidate) => candidate.id === id);
  if (!rule) throw new UsageError(`aiguard explain: unknown rule id: ${id}`);
  const matcher = rule.paths ? `paths: ${rule.paths.join(", ")}` : rule.pattern ? `pattern: ${rule.pattern}` : "";
  const lines = [
    `${rule.id}  (tool ${rule.tool}, kind ${rule.kind}, default severity ${rule.severity}, level here ${ruleLevel(rule, policy)})`,
    "",
    rule.description,
    "",
    `Why it matters: ${rule.why}`,
    "",
    `Fix: ${ruleFix(rule.fix, void 0)}`,
    "",
    `Matches ${matcher}`
  ];
  const quoted = (examples) => examples.map((example) => `  ${JSON.stringify(example)}`);
  if (rule.examples?.match?.length) lines.push("", "Examples it reports:", ...quoted(rule.examples.match));
  if (rule.examples?.ignore?.length) lines.push("", "Look-alikes it leaves alone:", ...quoted(rule.examples.ignore));
  process.stdout.write(`${lines.join("\n")}
`);
  return 0;
}
export {
  explainCommand
};
