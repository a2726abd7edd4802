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
  LEVEL_PRECEDENCE,
  loadEngine
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
  if (action !== "print") throw new UsageError(action === void 0 ? "aiguard config: missing action (expected print)" : `aiguard config: unknown action: ${action} (expected print)`);
  const format = oneOf("--format", values.format, ["text", "json"], "text");
  const searchDir = await openRepository(".").then((repo) => repo.root ?? repo.cwd, () => void 0);
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
