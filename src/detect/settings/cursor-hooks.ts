// .cursor/hooks.json: {"version": 1, "hooks": {event: [{"command": "…"}]}}.
import { child, items, keyLine, openSettingsJson, properties, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

export function analyseCursorHooks(text: string): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  for (const [event, , list] of properties(child(root, 'hooks'))) {
    for (const hook of items(list)) {
      const command = child(hook, 'command');
      if (command) issues.push({
        issue: 'hook-command',
        line: keyLine(doc, command),
        evidence: clip(`${event}: ${String(valueOf(command))}`),
      });
    }
  }
  return issues;
}
