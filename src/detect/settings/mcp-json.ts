// MCP server lists (.mcp.json, .cursor/mcp.json, .vscode/mcp.json…): a stdio server is a command the agent starts.
import { type JsonDocument, type Node, child, items, keyLine, openSettingsJson, properties, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

export function analyseMcpJson(text: string): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  // Claude, Cursor and most tools use mcpServers; VS Code uses servers.
  issues.push(...mcpServerIssues(doc, child(root, 'mcpServers')), ...mcpServerIssues(doc, child(root, 'servers')));
  return issues;
}

export function mcpServerIssues(doc: JsonDocument, servers: Node | undefined, issue = 'server'): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const [name, , server] of properties(servers)) {
    const command = child(server, 'command');
    if (command && typeof valueOf(command) === 'string') {
      const args = items(child(server, 'args')).map((arg) => String(valueOf(arg)));
      issues.push({ issue, line: keyLine(doc, command), evidence: clip(`${name}: ${[String(valueOf(command)), ...args].join(' ')}`) });
    }
    const helper = child(server, 'headersHelper');
    if (helper)
      issues.push({
        issue: 'headers-helper',
        line: keyLine(doc, helper),
        evidence: clip(`${name}.headersHelper: ${String(valueOf(helper))}`),
      });
  }
  return issues;
}
