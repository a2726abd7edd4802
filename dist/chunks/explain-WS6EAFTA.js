import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  openRepository
} from "./chunk-SQEYGC7D.js";
import {
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import "./chunk-FNEAICNM.js";
import {
  loadEngine,
  ruleLevel
} from "./chunk-L5UX2IFM.js";
import "./chunk-ESRU6ARM.js";
import "./chunk-PM7LJ7J2.js";
import {
  COMMIT_EDITMSG_FIX,
  GIT_PATH_EDITMSG_FIX,
  fillPath
} from "./chunk-TZIBRDA3.js";
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
    `Fix: ${fillPath(rule.fix, void 0).replaceAll(COMMIT_EDITMSG_FIX, GIT_PATH_EDITMSG_FIX)}`,
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
