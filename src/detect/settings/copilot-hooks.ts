// .github/hooks/*.json of the Copilot coding agent and CLI: {"version": 1, "hooks": {event: [{"type": "command",
// "bash": "…", "powershell": "…"}]}}; the cloud agent runs them from the default branch.
import { child, items, keyLine, openSettingsJson, properties, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

const COMMAND_KEYS = ['bash', 'powershell', 'command'];

export function analyseCopilotHooks(text: string): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  for (const [event, , list] of properties(child(root, 'hooks'))) {
    for (const hook of items(list)) {
      const command = COMMAND_KEYS.map((key) => child(hook, key)).find((node) => typeof valueOf(node) === 'string');
      if (command)
        issues.push({
          issue: 'hook-command',
          line: keyLine(doc, command),
          evidence: clip(`${event}: ${String(valueOf(command))}`),
        });
    }
  }
  return issues;
}
