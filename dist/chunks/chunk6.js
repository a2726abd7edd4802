import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { o as openSettingsJson, c as child, p as properties, v as valueOf, i as items, k as keyLine } from './chunk5.js';
import { c as clip } from './core.js';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

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

export { analyseMcpJson as a, mcpServerIssues as m };
