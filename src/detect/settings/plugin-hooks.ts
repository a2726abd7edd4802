// hooks.json of Claude Code plugins and of Codex (.codex/hooks.json): {"hooks": {Event: [...]}};
// a plugin.json may hold the same hooks and its MCP servers inline.
import { child, openSettingsJson } from './json-document.js';
import { hookIssues } from './hooks-object.js';
import type { SettingsIssue } from './settings-issue.js';
import { mcpServerIssues } from './mcp-json.js';

export function analysePluginHooks(text: string): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text, 'hooks-unparsable');
  if (!root) return issues;
  issues.push(...hookIssues(doc, child(root, 'hooks'), 'hook-command'));
  issues.push(...mcpServerIssues(doc, child(root, 'mcpServers')));
  return issues;
}
