// .gemini/settings.json: MCP servers, hooks, command-running tool discovery, advance approvals, redirects.
import { type JsonDocument, type Node, child, items, keyLine, openSettingsJson, properties, valueOf } from './json-document.js';
import { hookIssues } from './hooks-object.js';
import { mcpServerIssues } from './mcp-json.js';
import { envIssues, REDIRECTING_VARIABLE } from './env-redirect.js';
import { clip, type SettingsIssue } from './settings-issue.js';

const COMMAND_KEYS = new Set(['toolDiscoveryCommand', 'toolCallCommand', 'discoveryCommand', 'callCommand']);
const APPROVING_MODES = new Set(['yolo', 'auto_edit', 'autoEdit']);

export function analyseGeminiSettings(text: string): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  const servers = child(root, 'mcpServers');
  issues.push(...mcpServerIssues(doc, servers));
  for (const [name, , server] of properties(servers)) {
    const trust = child(server, 'trust');
    if (trust && valueOf(trust) === true)
      issues.push({
        issue: 'auto-approve',
        line: keyLine(doc, trust),
        evidence: `mcpServers.${name}.trust: true`,
      });
  }
  issues.push(...hookIssues(doc, child(root, 'hooks')));
  walk(doc, root, '', issues);
  return issues;
}

/** Keys that matter wherever the settings schema of the day puts them (it has moved them between versions). */
function walk(doc: JsonDocument, node: Node, path: string, issues: SettingsIssue[]): void {
  for (const [key, , value] of properties(node)) {
    const at = path ? `${path}.${key}` : key;
    const plain = valueOf(value);
    if (key === 'mcpServers' || key === 'hooks') continue;
    if (COMMAND_KEYS.has(key) && typeof plain === 'string') {
      issues.push({ issue: 'command-key', line: keyLine(doc, value), evidence: clip(`${at}: ${plain}`) });
    } else if ((key === 'autoAccept' && plain === true) || (key === 'approvalMode' && APPROVING_MODES.has(String(plain)))) {
      issues.push({ issue: 'auto-approve', line: keyLine(doc, value), evidence: `${at}: ${JSON.stringify(plain)}` });
    } else if (key === 'allowed' && /(^|\.)tools$/.test(path) && items(value).length > 0) {
      issues.push({ issue: 'auto-approve', line: keyLine(doc, value), evidence: clip(`${at}: ${JSON.stringify(plain)}`) });
    } else if (key === 'proxy' && typeof plain === 'string' && plain !== '') {
      issues.push({ issue: 'env-redirect', line: keyLine(doc, value), evidence: clip(`${at}: ${plain}`) });
    } else if (key === 'env') {
      issues.push(...envIssues(doc, value));
    } else if (REDIRECTING_VARIABLE.test(key) && typeof plain === 'string') {
      issues.push({ issue: 'env-redirect', line: keyLine(doc, value), evidence: clip(`${at}: ${plain}`) });
    } else if (value.type === 'object') {
      walk(doc, value, at, issues);
    }
  }
}
