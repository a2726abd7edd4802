import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { e as envIssues } from './chunk3.js';
import { h as hookIssues } from './chunk4.js';
import { c as clip, G as GIT_INSTRUCTIONS_VARIABLE, s as settingsKeyScopes, v as validInFile, a as BYPASS_KEYS, E as ENV_FILE_VARIABLE, C as COMMAND_KEYS, b as CREDENTIAL_HELPERS, d as BROAD_PERMISSION, R as RISKY_PERMISSION_MODES } from './core.js';
import { k as keyLine, c as child, v as valueOf, i as items, o as openSettingsJson, p as properties } from './chunk5.js';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/claude-settings-keys.ts
var SANDBOX_TRUE = ["enableWeakerNestedSandbox", "enableWeakerNetworkIsolation", "allowUnsandboxedCommands", "autoAllowBashIfSandboxed"];
var SANDBOX_LISTS = ["excludedCommands", "ignoreViolations"];
var NETWORK_TRUE = ["allowAllUnixSockets", "allowLocalBinding"];
var NETWORK_WILDCARD = ["allowMachLookup", "allowedDomains"];
function sandboxIssues(doc, sandbox) {
  const issues = [];
  if (!sandbox) return issues;
  const add = (node, text) => issues.push({ issue: "sandbox", line: keyLine(doc, node), evidence: clip(text) });
  const enabled = child(sandbox, "enabled");
  if (enabled && valueOf(enabled) === false) add(enabled, "sandbox.enabled: false");
  for (const key of SANDBOX_TRUE) {
    const node = child(sandbox, key);
    if (node && valueOf(node) === true) add(node, `sandbox.${key}: true`);
  }
  for (const key of SANDBOX_LISTS) {
    const node = child(sandbox, key);
    if (node && nonEmpty(node)) add(node, `sandbox.${key}: ${JSON.stringify(valueOf(node))}`);
  }
  const network = child(sandbox, "network");
  const sockets = child(network, "allowUnixSockets") ?? child(sandbox, "allowUnixSockets");
  if (sockets && (valueOf(sockets) === true || items(sockets).length > 0)) {
    add(sockets, `sandbox allowUnixSockets: ${JSON.stringify(valueOf(sockets))}`);
  }
  for (const key of NETWORK_TRUE) {
    const node = child(network, key);
    if (node && valueOf(node) === true) add(node, `sandbox.network.${key}: true`);
  }
  for (const key of NETWORK_WILDCARD) {
    const node = child(network, key);
    if (items(node).some((entry) => valueOf(entry) === "*")) add(node, `sandbox.network.${key}: ${JSON.stringify(valueOf(node))}`);
  }
  const allowWrite = child(child(sandbox, "filesystem"), "allowWrite");
  if (items(allowWrite).length > 0) add(allowWrite, `sandbox.filesystem.allowWrite: ${JSON.stringify(valueOf(allowWrite))}`);
  return issues;
}
function nonEmpty(node) {
  if (node.type === "array") return items(node).length > 0;
  if (node.type === "object") return (node.children ?? []).length > 0;
  return valueOf(node) === true;
}
function attributionIssues(doc, root) {
  const issues = [];
  const add = (issue, node, text) => issues.push({ issue, line: keyLine(doc, node), evidence: clip(text) });
  const coAuthored = child(root, "includeCoAuthoredBy");
  if (coAuthored && valueOf(coAuthored) === false) add("attribution-off", coAuthored, "includeCoAuthoredBy: false");
  const attribution = child(root, "attribution");
  for (const key of ["commit", "pr"]) {
    const node = child(attribution, key);
    const value = valueOf(node);
    if (node && (value === false || typeof value === "string" && !/\bclaude\b/i.test(value))) {
      add("attribution-off", node, `attribution.${key}: ${JSON.stringify(value)}`);
    }
  }
  const sessionUrl = child(attribution, "sessionUrl");
  if (sessionUrl && valueOf(sessionUrl) === false) add("attribution-off", sessionUrl, "attribution.sessionUrl: false");
  const instructions = child(root, "includeGitInstructions");
  if (instructions && valueOf(instructions) === false) add("git-instructions-off", instructions, "includeGitInstructions: false");
  const disable = child(child(root, "env"), GIT_INSTRUCTIONS_VARIABLE);
  if (disable && !/^(?:0|false|)$/i.test(String(valueOf(disable)).trim())) {
    add("git-instructions-off", disable, `env.${GIT_INSTRUCTIONS_VARIABLE}=${String(valueOf(disable))}`);
  }
  return issues;
}
function scopeIssues(doc, root, file) {
  const issues = [];
  const reported = [];
  const scopes = [...settingsKeyScopes()].sort(([a], [b]) => a.split(".").length - b.split(".").length);
  for (const [key, scope] of scopes) {
    if (validInFile(scope, file) || reported.some((parent) => key.startsWith(`${parent}.`))) continue;
    if (BYPASS_KEYS.includes(key)) {
      reported.push(key);
      continue;
    }
    let node = root;
    for (const part of key.split(".")) node = child(node, part);
    if (!node) continue;
    reported.push(key);
    issues.push({
      issue: "scope-key",
      line: keyLine(doc, node),
      evidence: clip(`${key}: ${JSON.stringify(valueOf(node))} (honoured only in ${scope.toLowerCase()} settings)`)
    });
  }
  return issues.sort((a, b) => a.line - b.line);
}

// src/detect/settings/claude-settings.ts
function analyseClaudeSettings(text, path = ".claude/settings.json") {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  issues.push(...hookIssues(doc, child(root, "hooks"), "hook-command", "hook-env-export"));
  const exported = child(root, "httpHookAllowedEnvVars");
  if (items(exported).length > 0) {
    issues.push({
      issue: "hook-env-export",
      line: keyLine(doc, exported),
      evidence: clip(`httpHookAllowedEnvVars: ${JSON.stringify(valueOf(exported))}`)
    });
  }
  issues.push(...commandKeyIssues(doc, root));
  const env = child(root, "env");
  issues.push(...envIssues(doc, env, "env-redirect"));
  const envFile = child(env, ENV_FILE_VARIABLE);
  if (envFile)
    issues.push({
      issue: "env-file",
      line: keyLine(doc, envFile),
      evidence: clip(`env.${ENV_FILE_VARIABLE}=${String(valueOf(envFile))}`)
    });
  issues.push(...permissionIssues(doc, root));
  issues.push(...mcpApprovalIssues(doc, root));
  issues.push(...pluginIssues(doc, root));
  issues.push(...sandboxIssues(doc, child(root, "sandbox")));
  issues.push(...attributionIssues(doc, root));
  issues.push(...scopeIssues(doc, root, /(?:^|\/)settings\.local\.json$/i.test(path) ? "local" : "project"));
  return issues;
}
function commandKeyIssues(doc, root) {
  const issues = [];
  for (const key of COMMAND_KEYS) {
    const node = child(root, key);
    if (!node) continue;
    const command = node.type === "object" ? child(node, "command") : node;
    issues.push({
      issue: "command-key",
      line: keyLine(doc, node),
      evidence: clip(`${key}: ${String(valueOf(command) ?? JSON.stringify(valueOf(node)))}`)
    });
  }
  for (const key of CREDENTIAL_HELPERS) {
    const node = child(root, key);
    if (node) issues.push({ issue: "credential-helper", line: keyLine(doc, node), evidence: clip(`${key}: ${String(valueOf(node))}`) });
  }
  return issues;
}
function permissionIssues(doc, root) {
  const issues = [];
  const permissions = child(root, "permissions");
  for (const entry of items(child(permissions, "allow"))) {
    const rule = valueOf(entry);
    if (typeof rule === "string" && BROAD_PERMISSION.test(rule.trim())) {
      issues.push({ issue: "permissions", line: doc.lineAt(entry.offset), evidence: `permissions.allow: ${rule}` });
    }
  }
  const directories = child(permissions, "additionalDirectories");
  if (items(directories).length > 0) {
    issues.push({
      issue: "permissions",
      line: keyLine(doc, directories),
      evidence: clip(`permissions.additionalDirectories: ${JSON.stringify(valueOf(directories))}`)
    });
  }
  const mode = child(permissions, "defaultMode");
  if (typeof valueOf(mode) === "string" && RISKY_PERMISSION_MODES.has(valueOf(mode))) {
    issues.push({ issue: "bypass-mode", line: keyLine(doc, mode), evidence: `permissions.defaultMode: ${String(valueOf(mode))}` });
  }
  for (const key of BYPASS_KEYS) {
    const node = child(root, key);
    if (node && valueOf(node) !== false)
      issues.push({
        issue: "bypass-mode",
        line: keyLine(doc, node),
        evidence: clip(`${key}: ${JSON.stringify(valueOf(node))}`)
      });
  }
  return issues;
}
function mcpApprovalIssues(doc, root) {
  const issues = [];
  const all = child(root, "enableAllProjectMcpServers");
  if (all && valueOf(all) === true)
    issues.push({
      issue: "mcp-auto-approve",
      line: keyLine(doc, all),
      evidence: "enableAllProjectMcpServers: true"
    });
  const named = child(root, "enabledMcpjsonServers");
  if (items(named).length > 0) {
    issues.push({
      issue: "mcp-auto-approve",
      line: keyLine(doc, named),
      evidence: clip(`enabledMcpjsonServers: ${JSON.stringify(valueOf(named))}`)
    });
  }
  return issues;
}
function pluginIssues(doc, root) {
  const issues = [];
  for (const [name, , value] of properties(child(root, "extraKnownMarketplaces"))) {
    const source = child(value, "source");
    const where = ["repo", "url", "path", "command"].map((key) => valueOf(child(source, key))).find((value2) => value2 !== void 0) ?? "";
    issues.push({ issue: "plugins", line: keyLine(doc, value), evidence: clip(`extraKnownMarketplaces.${name}: ${String(where)}`) });
    issues.push(...marketplaceCommandIssues(doc, source, `extraKnownMarketplaces.${name}`));
  }
  for (const [name, , value] of properties(child(root, "enabledPlugins"))) {
    if (valueOf(value) !== false) issues.push({ issue: "plugins", line: keyLine(doc, value), evidence: `enabledPlugins: ${name}` });
  }
  return issues;
}
function marketplaceCommandIssues(doc, source, where) {
  if (source?.type !== "object" || valueOf(child(source, "source")) !== "command") return [];
  const command = child(source, "command");
  const text = command ? String(valueOf(command)) : JSON.stringify(valueOf(source));
  return [{ issue: "marketplace-command", line: keyLine(doc, command ?? source), evidence: clip(`${where}: command source ${text}`) }];
}

export { analyseClaudeSettings as a, marketplaceCommandIssues as m };
