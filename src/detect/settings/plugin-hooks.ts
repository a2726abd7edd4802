// hooks.json of Claude Code plugins and of Codex (.codex/hooks.json): {"hooks": {Event: [...]}};
// a plugin.json may hold the same hooks and its MCP servers inline. A Gemini CLI extension's hooks/hooks.json has
// the same shape: its own words (${extensionPath}, Gemini's event names) make it Gemini's, never a Claude plugin.
import { child, openSettingsJson, properties } from './json-document.js';
import { hookIssues } from './hooks-object.js';
import type { SettingsIssue } from './settings-issue.js';
import { mcpServerIssues } from './mcp-json.js';

const GEMINI_EVENTS = /^(?:BeforeTool|AfterTool|BeforeAgent|AfterAgent|BeforeModel|AfterModel|BeforeToolSelection)$/;

export function analysePluginHooks(text: string, path = ''): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  const hooks = child(root, 'hooks');
  const events = properties(hooks).map(([event]) => event);
  const gemini = /(?:^|\/)hooks\/hooks\.json$/i.test(path) && !text.includes('CLAUDE_PLUGIN_ROOT') && isGeminiExtension(text, events);
  issues.push(...hookIssues(doc, hooks, gemini ? 'extension-hook-command' : 'hook-command'));
  issues.push(...mcpServerIssues(doc, child(root, 'mcpServers')));
  return issues;
}

function isGeminiExtension(text: string, events: string[]): boolean {
  return /\$\{extensionPath\}|\$\{extensionDir\}/.test(text) || (events.length > 0 && events.every((event) => GEMINI_EVENTS.test(event)));
}
