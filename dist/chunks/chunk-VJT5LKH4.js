import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/config/merge-config.ts
function defaultPolicy() {
  return {
    tools: { "claude-code": "block", generic: "info", aiguard: "block", "*": "warn" },
    rules: {},
    customRules: [],
    allow: [],
    ignore: ["node_modules/**", "**/node_modules/**", "vendor/**", "**/vendor/**", "third_party/**", "**/third_party/**"],
    trustCommitDates: false,
    baseline: ".aiguard-baseline.json",
    onViolation: "block"
  };
}
function mergeConfig(policy, config, source, label = source) {
  return {
    origins: label === void 0 ? policy.origins : recordOrigins({ ...policy.origins }, policy, config, label),
    name: config.name ?? policy.name,
    source: source ?? policy.source,
    tools: { ...policy.tools, ...config.tools },
    rules: { ...policy.rules, ...config.rules },
    customRules: [...policy.customRules, ...config.customRules ?? []],
    allow: [...policy.allow, ...config.allow ?? []],
    ignore: config.ignore ?? policy.ignore,
    effective: config.effective ?? policy.effective,
    trustCommitDates: config.trustCommitDates ?? policy.trustCommitDates,
    scope: config.scope ?? policy.scope,
    baseline: config.baseline ?? policy.baseline,
    onViolation: config.message?.onViolation ?? policy.onViolation
  };
}
function recordOrigins(origins, before, config, label) {
  for (const key of ["name", "effective", "trustCommitDates", "scope", "ignore", "baseline"]) {
    if (config[key] !== void 0) origins[key] = label;
  }
  if (config.message?.onViolation !== void 0) origins["message.onViolation"] = label;
  for (const tool of Object.keys(config.tools ?? {})) origins[`tools.${tool}`] = label;
  for (const rule of Object.keys(config.rules ?? {})) origins[`rules.${rule}`] = label;
  for (const rule of config.customRules ?? []) origins[`customRules.${rule.id}`] = label;
  (config.allow ?? []).forEach((_, index) => origins[`allow[${before.allow.length + index}]`] = label);
  return origins;
}
function defaultPolicyWithOrigins() {
  const policy = defaultPolicy();
  const origins = {};
  for (const key of ["ignore", "baseline", "trustCommitDates"]) origins[key] = "default";
  origins["message.onViolation"] = "default";
  for (const tool of Object.keys(policy.tools)) origins[`tools.${tool}`] = "default";
  return { ...policy, origins };
}

export {
  defaultPolicy,
  mergeConfig,
  defaultPolicyWithOrigins
};
