import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import {
  openRepository
} from "./chunk-HFXYQV4L.js";
import "./chunk-7RU7R6GY.js";
import {
  loadEngine,
  ruleLevel
} from "./chunk-JQ546W3P.js";
import "./chunk-R3RIRAUL.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-JCWSHI53.js";
import "./chunk-BTJDI5TW.js";
import "./chunk-IQBMQQZS.js";
import "./chunk-NFX7L2P6.js";
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";

// src/commands/explain.ts
async function explainCommand(argv) {
  const { values, positionals } = parseCommandArgs("explain", argv, { config: { type: "string" }, help: { type: "boolean", short: "h" } }, 1);
  if (values.help) {
    process.stdout.write("Usage: aiguard explain RULE-ID [--config F]\n");
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError("aiguard explain: missing rule id (see aiguard rules)");
  const searchDir = await openRepository(".").then((repo) => repo.root ?? repo.cwd, () => void 0);
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
    `Fix: ${rule.fix.replaceAll("{path}", "<file>")}`,
    "",
    `Matches ${matcher}`
  ];
  if (rule.examples?.match?.length) lines.push("", "Examples it reports:", ...rule.examples.match.map((example) => `  ${JSON.stringify(example)}`));
  if (rule.examples?.ignore?.length) lines.push("", "Look-alikes it leaves alone:", ...rule.examples.ignore.map((example) => `  ${JSON.stringify(example)}`));
  process.stdout.write(`${lines.join("\n")}
`);
  return 0;
}
export {
  explainCommand
};
