import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  oneOf,
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
import {
  TOOL_IDS
} from "./chunk-KBEZPOTM.js";
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
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

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
  const searchDir = await openRepository(".").then(
    (repo) => repo.root ?? repo.cwd,
    () => void 0
  );
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
