import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  envIssues
} from "./chunk-56HGTXJA.js";
import {
  hookIssues
} from "./chunk-HCKLLQAA.js";
import {
  child,
  items,
  keyLine,
  openSettingsJson,
  properties,
  valueOf
} from "./chunk-O5Y7URFI.js";
import {
  clip
} from "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

// src/detect/settings/claude-settings.ts
var COMMAND_KEYS = ["statusLine", "subagentStatusLine", "fileSuggestion"];
var CREDENTIAL_HELPERS = ["apiKeyHelper", "awsAuthRefresh", "awsCredentialExport", "gcpAuthRefresh", "otelHeadersHelper"];
var RISKY_MODES = /* @__PURE__ */ new Set(["bypassPermissions", "dontAsk", "auto", "acceptEdits"]);
var BROAD_PERMISSION = /^(?:\*|Bash|Bash\(\s*(?:\*\s*)?\)|Bash\(\s*(?:curl|wget|sh|bash|zsh|eval|python3?|node|npx|bunx|uvx|ssh|scp|nc|sudo|rm)\b[^)]*\)|WebFetch|WebFetch\(\s*(?:\*\s*)?\)|mcp__.*|(?:Edit|Write|Read)\(\s*(?:\*\*|\/\/?\*\*|~\/?\*\*)\s*\))$/;
function analyseClaudeSettings(text) {
  const { doc, issues, root } = openSettingsJson(text, "settings-unparsable");
  if (!root) return issues;
  issues.push(...hookIssues(doc, child(root, "hooks"), "settings-hook-command"));
  issues.push(...commandKeyIssues(doc, root));
  issues.push(...envIssues(doc, child(root, "env"), "settings-env-redirect"));
  issues.push(...permissionIssues(doc, root));
  issues.push(...mcpApprovalIssues(doc, root));
  issues.push(...pluginIssues(doc, root));
  issues.push(...sandboxIssues(doc, child(root, "sandbox")));
  issues.push(...attributionIssues(doc, root));
  return issues;
}
function commandKeyIssues(doc, root) {
  const issues = [];
  for (const key of COMMAND_KEYS) {
    const node = child(root, key);
    if (!node) continue;
    const command = node.type === "object" ? child(node, "command") : node;
    issues.push({ topic: "settings-command-key", line: keyLine(doc, node), evidence: clip(`${key}: ${String(valueOf(command) ?? JSON.stringify(valueOf(node)))}`) });
  }
  for (const key of CREDENTIAL_HELPERS) {
    const node = child(root, key);
    if (node) issues.push({ topic: "settings-credential-helper", line: keyLine(doc, node), evidence: clip(`${key}: ${String(valueOf(node))}`) });
  }
  return issues;
}
function permissionIssues(doc, root) {
  const issues = [];
  const permissions = child(root, "permissions");
  for (const entry of items(child(permissions, "allow"))) {
    const rule = valueOf(entry);
    if (typeof rule === "string" && BROAD_PERMISSION.test(rule.trim())) {
      issues.push({ topic: "settings-permissions", line: doc.lineAt(entry.offset), evidence: `permissions.allow: ${rule}` });
    }
  }
  const directories = child(permissions, "additionalDirectories");
  if (items(directories).length > 0) {
    issues.push({ topic: "settings-permissions", line: keyLine(doc, directories), evidence: clip(`permissions.additionalDirectories: ${JSON.stringify(valueOf(directories))}`) });
  }
  const mode = child(permissions, "defaultMode");
  if (typeof valueOf(mode) === "string" && RISKY_MODES.has(valueOf(mode))) {
    issues.push({ topic: "settings-bypass-mode", line: keyLine(doc, mode), evidence: `permissions.defaultMode: ${String(valueOf(mode))}` });
  }
  for (const key of ["skipDangerousModePermissionPrompt", "autoMode"]) {
    const node = child(root, key);
    if (node && valueOf(node) !== false) issues.push({ topic: "settings-bypass-mode", line: keyLine(doc, node), evidence: clip(`${key}: ${JSON.stringify(valueOf(node))}`) });
  }
  return issues;
}
function mcpApprovalIssues(doc, root) {
  const issues = [];
  const all = child(root, "enableAllProjectMcpServers");
  if (all && valueOf(all) === true) issues.push({ topic: "settings-mcp-auto-approve", line: keyLine(doc, all), evidence: "enableAllProjectMcpServers: true" });
  const named = child(root, "enabledMcpjsonServers");
  if (items(named).length > 0) {
    issues.push({ topic: "settings-mcp-auto-approve", line: keyLine(doc, named), evidence: clip(`enabledMcpjsonServers: ${JSON.stringify(valueOf(named))}`) });
  }
  return issues;
}
function pluginIssues(doc, root) {
  const issues = [];
  for (const [name, , value] of properties(child(root, "extraKnownMarketplaces"))) {
    const source = child(value, "source");
    const where = valueOf(child(source, "repo")) ?? valueOf(child(source, "url")) ?? valueOf(child(source, "path")) ?? "";
    issues.push({ topic: "settings-plugins", line: keyLine(doc, value), evidence: clip(`extraKnownMarketplaces.${name}: ${String(where)}`) });
  }
  for (const [name, , value] of properties(child(root, "enabledPlugins"))) {
    if (valueOf(value) !== false) issues.push({ topic: "settings-plugins", line: keyLine(doc, value), evidence: `enabledPlugins: ${name}` });
  }
  return issues;
}
function sandboxIssues(doc, sandbox) {
  const issues = [];
  if (!sandbox) return issues;
  const add = (node, text) => issues.push({ topic: "settings-sandbox", line: keyLine(doc, node), evidence: clip(text) });
  const enabled = child(sandbox, "enabled");
  if (enabled && valueOf(enabled) === false) add(enabled, "sandbox.enabled: false");
  const excluded = child(sandbox, "excludedCommands");
  if (items(excluded).length > 0) add(excluded, `sandbox.excludedCommands: ${JSON.stringify(valueOf(excluded))}`);
  const weaker = child(sandbox, "enableWeakerNestedSandbox");
  if (weaker && valueOf(weaker) === true) add(weaker, "sandbox.enableWeakerNestedSandbox: true");
  const sockets = child(sandbox, "allowUnixSockets") ?? child(child(sandbox, "network"), "allowUnixSockets");
  if (sockets && valueOf(sockets) !== false && items(sockets).length !== 0) add(sockets, `sandbox allowUnixSockets: ${JSON.stringify(valueOf(sockets))}`);
  const unsandboxed = child(sandbox, "allowUnsandboxedCommands");
  if (unsandboxed && valueOf(unsandboxed) === true) add(unsandboxed, "sandbox.allowUnsandboxedCommands: true");
  return issues;
}
function attributionIssues(doc, root) {
  const issues = [];
  const coAuthored = child(root, "includeCoAuthoredBy");
  if (coAuthored && valueOf(coAuthored) === false) issues.push({ topic: "settings-attribution-off", line: keyLine(doc, coAuthored), evidence: "includeCoAuthoredBy: false" });
  const attribution = child(root, "attribution");
  for (const [key, , value] of properties(attribution)) {
    const off = valueOf(value) === "" || valueOf(value) === false;
    if (off) issues.push({ topic: "settings-attribution-off", line: keyLine(doc, value), evidence: `attribution.${key}: ${JSON.stringify(valueOf(value))}` });
  }
  return issues;
}
export {
  analyseClaudeSettings
};
