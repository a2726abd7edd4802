import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  child,
  items,
  keyLine,
  openSettingsJson,
  properties,
  valueOf
} from "./chunk-CP3ZIR73.js";
import {
  clip
} from "./chunk-CSXQDQ7B.js";

// src/detect/settings/mcp-json.ts
function analyseMcpJson(text) {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  issues.push(...mcpServerIssues(doc, child(root, "mcpServers")), ...mcpServerIssues(doc, child(root, "servers")));
  return issues;
}
function mcpServerIssues(doc, servers, issue = "server") {
  const issues = [];
  for (const [name, , server] of properties(servers)) {
    const command = child(server, "command");
    if (command && typeof valueOf(command) === "string") {
      const args = items(child(server, "args")).map((arg) => String(valueOf(arg)));
      issues.push({ issue, line: keyLine(doc, command), evidence: clip(`${name}: ${[String(valueOf(command)), ...args].join(" ")}`) });
    }
    const helper = child(server, "headersHelper");
    if (helper)
      issues.push({
        issue: "headers-helper",
        line: keyLine(doc, helper),
        evidence: clip(`${name}.headersHelper: ${String(valueOf(helper))}`)
      });
  }
  return issues;
}

export {
  analyseMcpJson,
  mcpServerIssues
};
