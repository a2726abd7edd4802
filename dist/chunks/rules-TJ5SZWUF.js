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
import "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";

// src/commands/rules.ts
async function rulesCommand(argv) {
  const { values } = parseCommandArgs("rules", argv, {
    config: { type: "string" },
    tool: { type: "string" },
    format: { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    process.stdout.write("Usage: aiguard rules [--tool ID] [--format text|json] [--config F]\n");
    return 0;
  }
  const searchDir = await openRepository(".").then((repo) => repo.root ?? repo.cwd, () => void 0);
  const { policy, ruleSet } = await loadEngine({ configFile: values.config, searchDir });
  const rows = ruleSet.rules.filter((rule) => !values.tool || rule.tool === values.tool).map((rule) => ({ id: rule.id, tool: rule.tool, kind: rule.kind, level: ruleLevel(rule, policy), description: rule.description }));
  if (values.format === "json") {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}
`);
    return 0;
  }
  const widths = ["id", "tool", "kind", "level"].map((key) => Math.max(key.length, ...rows.map((row) => String(row[key]).length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  const out = [line(["ID", "TOOL", "KIND", "LEVEL"]), ...rows.map((row) => line([row.id, row.tool, row.kind, row.level]))];
  process.stdout.write(`${out.join("\n")}
${rows.length} rules${policy.source ? ` \xB7 policy ${policy.source}` : " \xB7 built-in default policy"}
`);
  return 0;
}
export {
  rulesCommand
};
