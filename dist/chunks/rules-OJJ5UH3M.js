import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  openRepository
} from "./chunk-SQEYGC7D.js";
import {
  oneOf,
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import "./chunk-FNEAICNM.js";
import {
  loadEngine,
  ruleLevel
} from "./chunk-L5UX2IFM.js";
import "./chunk-ESRU6ARM.js";
import "./chunk-PM7LJ7J2.js";
import "./chunk-TZIBRDA3.js";
import "./chunk-Q46FT7M3.js";
import {
  TOOL_IDS
} from "./chunk-7HWEKAEO.js";
import "./chunk-5HDEY43M.js";
import "./chunk-6WWNLYQH.js";
import "./chunk-ZWTPA6KL.js";
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-5AY5LYA7.js";
import "./chunk-RA55SYXC.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

// src/commands/rules.ts
var FORMATS = ["text", "json"];
var RULES_USAGE = `Usage: aiguard rules [options]
  Lists every rule with its tool, kind and level under the policy in force here.
  --tool ID           only the rules of one tool (${TOOL_IDS.slice(0, 4).join(", ")}, \u2026)
  --format F          text | json (default text)
  --config F          the policy file (default: found in the repository root)`;
async function rulesCommand(argv) {
  const { values } = parseCommandArgs("rules", argv, {
    config: { type: "string" },
    tool: { type: "string" },
    format: { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    process.stdout.write(`${RULES_USAGE}
`);
    return 0;
  }
  const format = oneOf("aiguard rules: --format", values.format, FORMATS, "text");
  const searchDir = await openRepository(".").then((repo) => repo.root ?? repo.cwd, () => void 0);
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir });
  const tools = [.../* @__PURE__ */ new Set([...TOOL_IDS, ...ruleSet.rules.map((rule) => rule.tool)])];
  if (values.tool !== void 0) oneOf("aiguard rules: --tool", values.tool, tools, "generic");
  const rows = ruleSet.rules.filter((rule) => !values.tool || rule.tool === values.tool).map((rule) => ({ id: rule.id, tool: rule.tool, kind: rule.kind, level: ruleLevel(rule, policy), description: rule.description }));
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}
`);
    return 0;
  }
  const columns = ["id", "tool", "kind", "level"];
  const widths = columns.map((key) => Math.max(key.length, ...rows.map((row) => row[key].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const out = [line(["ID", "TOOL", "KIND", "LEVEL"]), ...rows.map((row) => line([row.id, row.tool, row.kind, row.level]))];
  const source = policy.source ? ` \xB7 policy ${policy.source}` : " \xB7 built-in default policy";
  process.stdout.write(`${out.join("\n")}
${rows.length} rules${source}
`);
  return 0;
}
export {
  RULES_USAGE,
  rulesCommand
};
