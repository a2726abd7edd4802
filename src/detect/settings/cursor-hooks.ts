// .cursor/hooks.json: {"version": 1, "hooks": {event: [{"command": "…"}]}}.
import { child, items, keyLine, parseJsonDocument, properties, unparsableIssue, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

export function analyseCursorHooks(text: string): SettingsIssue[] {
  const doc = parseJsonDocument(text);
  const issues: SettingsIssue[] = [];
  const broken = unparsableIssue(doc, 'hooks-unparsable');
  if (broken) issues.push(broken);
  if (doc.root?.type !== 'object') return issues;
  for (const [event, , list] of properties(child(doc.root, 'hooks'))) {
    for (const hook of items(list)) {
      const command = child(hook, 'command');
      if (command) issues.push({ topic: 'hook-command', line: keyLine(doc, command), evidence: clip(`${event}: ${String(valueOf(command))}`) });
    }
  }
  return issues;
}
