// Claude-style hooks ({Event: [{matcher, hooks: [{type, command|url}]}]}), shared by Claude settings, plugin
// hooks.json, Codex and Gemini hooks files.
import { type JsonDocument, type Node, child, items, keyLine, properties, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

export function hookIssues(doc: JsonDocument, hooks: Node | undefined, topic: string): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const [event, , groups] of properties(hooks)) {
    for (const group of items(groups)) {
      const matcher = valueOf(child(group, 'matcher'));
      const where = typeof matcher === 'string' && matcher !== '' ? `${event}(${matcher})` : event;
      for (const hook of items(child(group, 'hooks'))) {
        const type = valueOf(child(hook, 'type'));
        const command = child(hook, 'command');
        const url = child(hook, 'url');
        if (command && (type === undefined || type === 'command')) {
          issues.push({ topic, line: keyLine(doc, command), evidence: clip(`${where}: ${String(valueOf(command))}`) });
        } else if (url && type === 'http') {
          issues.push({ topic, line: keyLine(doc, url), evidence: clip(`${where}: http ${String(valueOf(url))}`) });
        }
      }
    }
  }
  return issues;
}
