import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  marketplaceCommandIssues
} from "./chunk-P6QMSVQL.js";
import "./chunk-QTAIBJYX.js";
import "./chunk-U57G2GSZ.js";
import {
  child,
  items,
  keyLine,
  openSettingsJson,
  properties,
  valueOf
} from "./chunk-CP3ZIR73.js";
import "./chunk-WQ4EY3R4.js";
import {
  clip
} from "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

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
export {
  analyseClaudePlugin
};
