import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { m as mcpServerIssues } from './chunk6.js';
import { e as envIssues, R as REDIRECTING_VARIABLE } from './chunk3.js';
import { h as hookIssues } from './chunk4.js';
import { c as clip } from './core.js';
import { o as openSettingsJson, c as child, p as properties, v as valueOf, k as keyLine, i as items } from './chunk5.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/gemini-settings.ts
var COMMAND_KEYS = /* @__PURE__ */ new Set(["toolDiscoveryCommand", "toolCallCommand", "discoveryCommand", "callCommand"]);
var APPROVING_MODES = /* @__PURE__ */ new Set(["yolo", "auto_edit", "autoEdit"]);
function analyseGeminiSettings(text) {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  const servers = child(root, "mcpServers");
  issues.push(...mcpServerIssues(doc, servers));
  for (const [name, , server] of properties(servers)) {
    const trust = child(server, "trust");
    if (trust && valueOf(trust) === true)
      issues.push({
        issue: "auto-approve",
        line: keyLine(doc, trust),
        evidence: `mcpServers.${name}.trust: true`
      });
  }
  issues.push(...hookIssues(doc, child(root, "hooks")));
  walk(doc, root, "", issues);
  return issues;
}
function walk(doc, node, path, issues) {
  for (const [key, , value] of properties(node)) {
    const at = path ? `${path}.${key}` : key;
    const plain = valueOf(value);
    if (key === "mcpServers" || key === "hooks") continue;
    if (COMMAND_KEYS.has(key) && typeof plain === "string") {
      issues.push({ issue: "command-key", line: keyLine(doc, value), evidence: clip(`${at}: ${plain}`) });
    } else if (key === "autoAccept" && plain === true || key === "approvalMode" && APPROVING_MODES.has(String(plain))) {
      issues.push({ issue: "auto-approve", line: keyLine(doc, value), evidence: `${at}: ${JSON.stringify(plain)}` });
    } else if (key === "allowed" && /(^|\.)tools$/.test(path) && items(value).length > 0) {
      issues.push({ issue: "auto-approve", line: keyLine(doc, value), evidence: clip(`${at}: ${JSON.stringify(plain)}`) });
    } else if (key === "proxy" && typeof plain === "string" && plain !== "") {
      issues.push({ issue: "env-redirect", line: keyLine(doc, value), evidence: clip(`${at}: ${plain}`) });
    } else if (key === "env") {
      issues.push(...envIssues(doc, value));
    } else if (REDIRECTING_VARIABLE.test(key) && typeof plain === "string") {
      issues.push({ issue: "env-redirect", line: keyLine(doc, value), evidence: clip(`${at}: ${plain}`) });
    } else if (value.type === "object") {
      walk(doc, value, at, issues);
    }
  }
}

export { analyseGeminiSettings };
