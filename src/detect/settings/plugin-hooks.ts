// hooks.json of Claude Code plugins and of Codex (.codex/hooks.json): {"hooks": {Event: [...]}};
// a plugin.json may hold the same hooks and its MCP servers inline.
import { child, parseJsonDocument, unparsableIssue } from './json-document.js';
import { hookIssues } from './hooks-object.js';
import type { SettingsIssue } from './settings-issue.js';
import { mcpServerIssues } from './mcp-json.js';

export function analysePluginHooks(text: string): SettingsIssue[] {
  const doc = parseJsonDocument(text);
  const issues: SettingsIssue[] = [];
  const broken = unparsableIssue(doc, 'hooks-unparsable');
  if (broken) issues.push(broken);
  if (doc.root?.type !== 'object') return issues;
  issues.push(...hookIssues(doc, child(doc.root, 'hooks'), 'hook-command'));
  issues.push(...mcpServerIssues(doc, child(doc.root, 'mcpServers')));
  return issues;
}
