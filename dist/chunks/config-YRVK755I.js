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
  LEVEL_PRECEDENCE
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

// src/commands/config.ts
var CONFIG_USAGE = `Usage: aiguard config print [--config F] [--format text|json] [--trust-config]
  Shows the policy in force in the repository at the current directory after extends, presets and defaults,
  and where each value came from (a file, a preset such as aiguard:strict, or default).
  --trust-config   run a JS/TS config found in the repository (also AIGUARD_TRUST_CONFIG=1)`;
async function configCommand(argv) {
  const { values, positionals } = parseCommandArgs(
    "config",
    argv,
    { config: { type: "string" }, format: { type: "string" }, "trust-config": { type: "boolean" }, help: { type: "boolean", short: "h" } },
    1
  );
  if (values.help) {
    process.stdout.write(`${CONFIG_USAGE}
`);
    return 0;
  }
  const action = positionals[0];
  if (action !== "print")
    throw new UsageError(
      action === void 0 ? "aiguard config: missing action (expected print)" : `aiguard config: unknown action: ${action} (expected print)`
    );
  const format = oneOf("--format", values.format, ["text", "json"], "text");
  const searchDir = await openRepository(".").then(
    (repo) => repo.root ?? repo.cwd,
    () => void 0
  );
  const trustCode = values["trust-config"] || void 0;
  const { policy } = await loadEngine({ configFile: values.config, searchDir, startDir: process.cwd(), trustCode });
  const rows = policyRows(policy);
  if (format === "json") {
    const { origins: _origins, source, ...resolved } = policy;
    const originOf = Object.fromEntries(rows.map((row) => [row.key, row.origin]));
    const printed = { source: source ?? null, policy: resolved, origins: originOf, levelPrecedence: LEVEL_PRECEDENCE };
    process.stdout.write(`${JSON.stringify(printed, null, 2)}
`);
    return 0;
  }
  const width = Math.min(60, Math.max(...rows.map((row) => row.key.length + row.value.length + 2)));
  const lines = rows.map((row) => `${`${row.key}: ${row.value}`.padEnd(width)}  # ${row.origin}`);
  lines.push(`levels: ${LEVEL_PRECEDENCE}`);
  lines.push(policy.source ? `policy file: ${policy.source}` : "no policy file: the built-in default policy applies");
  process.stdout.write(`${lines.join("\n")}
`);
  return 0;
}
function policyRows(policy) {
  const origin = (key) => policy.origins?.[key] ?? "default";
  const rows = [];
  const add = (key, value, originKey = key) => rows.push({ key, value: typeof value === "string" ? value : JSON.stringify(value), origin: origin(originKey) });
  if (policy.name !== void 0) add("name", policy.name);
  if (policy.scope !== void 0) {
    add("scope.remotes", policy.scope.remotes ?? [], "scope");
    add("scope.remote", policy.scope.remote ?? "origin, else any", "scope");
    add("scope.unknownRemote", policy.scope.unknownRemote ?? "cover (a repository without a readable remote is covered)", "scope");
  }
  add("effective", policy.effective ?? "none (every commit is checked)");
  add("trustCommitDates", policy.trustCommitDates);
  for (const [tool, level] of Object.entries(policy.tools)) add(`tools.${tool}`, level);
  for (const [rule, level] of Object.entries(policy.rules)) add(`rules.${rule}`, level);
  for (const rule of policy.customRules) add(`customRules.${rule.id}`, `${rule.kind} rule of ${rule.tool}, severity ${rule.severity}`);
  policy.allow.forEach((entry, index) => add(`allow[${index}]`, entry));
  add("ignore", policy.ignore);
  add("baseline", policy.baseline);
  add("message.onViolation", policy.onViolation);
  return rows;
}
export {
  CONFIG_USAGE,
  configCommand,
  policyRows
};
