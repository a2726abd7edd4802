import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { m as marketplaceCommandIssues } from './chunk2.js';
import './chunk3.js';
import './chunk4.js';
import { c as clip } from './core.js';
import { o as openSettingsJson, c as child, i as items, v as valueOf, p as properties, k as keyLine } from './chunk5.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/claude-plugin.ts
function analyseClaudePlugin(text, path = "") {
  const { doc, issues, root } = openSettingsJson(text);
  const name = path.split("/").pop()?.toLowerCase() ?? "";
  if (name === "monitors.json" && doc.root?.type === "array") {
    return [...issues.filter((issue) => issue.issue !== "unparsable"), ...monitorIssues(doc, doc.root, "monitors")];
  }
  if (!root) return issues;
  if (name === ".lsp.json") issues.push(...lspIssues(doc, root, ""));
  else if (name === "monitors.json") issues.push(...monitorIssues(doc, child(root, "monitors"), "monitors"));
  else if (name === "marketplace.json") {
    items(child(root, "plugins")).forEach((plugin, index) => {
      const label = String(valueOf(child(plugin, "name")) ?? `plugins[${index}]`);
      issues.push(...marketplaceCommandIssues(doc, child(plugin, "source"), `plugin ${label}`));
    });
  } else {
    const lsp = child(root, "lspServers");
    if (lsp?.type === "object") issues.push(...lspIssues(doc, lsp, "lspServers."));
    issues.push(...monitorIssues(doc, child(child(root, "experimental"), "monitors"), "experimental.monitors"));
  }
  return issues;
}
function lspIssues(doc, servers, prefix) {
  const issues = [];
  for (const [language, , server] of properties(servers)) {
    const command = child(server, "command");
    if (typeof valueOf(command) !== "string") continue;
    const args = items(child(server, "args")).map((arg) => String(valueOf(arg)));
    issues.push({
      issue: "lsp-server",
      line: keyLine(doc, command),
      evidence: clip(`${prefix}${language}: ${[String(valueOf(command)), ...args].join(" ")}`)
    });
  }
  return issues;
}
function monitorIssues(doc, monitors, where) {
  const issues = [];
  items(monitors).forEach((monitor, index) => {
    const command = child(monitor, "command");
    if (typeof valueOf(command) !== "string") return;
    const label = String(valueOf(child(monitor, "name")) ?? `${where}[${index}]`);
    issues.push({ issue: "monitor", line: keyLine(doc, command), evidence: clip(`${label}: ${String(valueOf(command))}`) });
  });
  return issues;
}

export { analyseClaudePlugin };
