import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  isPresetName
} from "./chunk-24LWJLR4.js";
import {
  TOOL_IDS
} from "./chunk-KBEZPOTM.js";

// src/policy/levels.ts
var RANK = { off: 0, info: 1, warn: 2, block: 3 };
var BUILT_IN_TOOLS = new Set(TOOL_IDS);
var LEVEL_PRECEDENCE = "rules.<rule id> sets the level (up or down); else the rule's severity, capped by tools.<tool id>; else by tools.* (for a tool id of your own customRules only when your config itself sets tools.*, never by the default or a preset)";
function ruleLevel(rule, policy) {
  const explicit = policy.rules[rule.id];
  if (explicit) return explicit;
  const starApplies = BUILT_IN_TOOLS.has(rule.tool) || starSetByFile(policy);
  const toolLevel = policy.tools[rule.tool] ?? (starApplies ? policy.tools["*"] ?? "warn" : void 0);
  if (toolLevel === void 0) return rule.severity;
  return RANK[toolLevel] < RANK[rule.severity] ? toolLevel : rule.severity;
}
function starSetByFile(policy) {
  const origin = policy.origins?.["tools.*"];
  return policy.tools["*"] !== void 0 && origin !== void 0 && origin !== "default" && !isPresetName(origin);
}
function statusOf(severity) {
  return severity === "block" ? "blocking" : severity === "warn" ? "warning" : "info";
}
function applyLevels(findings, policy) {
  const result = [];
  for (const finding of findings) {
    const level = ruleLevel({ id: finding.ruleId, tool: finding.tool, severity: finding.severity }, policy);
    if (level === "off") continue;
    result.push({ ...finding, severity: level, status: statusOf(level) });
  }
  return result;
}

export {
  LEVEL_PRECEDENCE,
  ruleLevel,
  applyLevels
};
