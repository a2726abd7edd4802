// Claude-style hooks ({Event: [{matcher, hooks: [{type, command|url|server+tool|prompt}]}]}), shared by Claude
// settings, plugin hooks.json, Codex and Gemini hooks files. Every one of the five hook types acts: all are reported.
import { type JsonDocument, type Node, child, items, keyLine, properties, valueOf } from './json-document.js';
import { HOOK_ACTION_KEYS } from './agent-settings.js';
import { clip, type SettingsIssue } from './settings-issue.js';

export function hookIssues(doc: JsonDocument, hooks: Node | undefined, issue = 'hook-command', envIssue?: string): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const [event, , groups] of properties(hooks)) {
    for (const group of items(groups)) {
      const matcher = valueOf(child(group, 'matcher'));
      const where = typeof matcher === 'string' && matcher !== '' ? `${event}(${matcher})` : event;
      for (const hook of items(child(group, 'hooks'))) {
        if (hook.type !== 'object') continue;
        const action = hookAction(hook);
        if (action) issues.push({ issue, line: keyLine(doc, action.node), evidence: clip(`${where}: ${action.text}`) });
        const exported = child(hook, 'allowedEnvVars');
        if (envIssue && items(exported).length > 0) {
          issues.push({
            issue: envIssue,
            line: keyLine(doc, exported!),
            evidence: clip(`${where}: allowedEnvVars ${JSON.stringify(valueOf(exported))}`),
          });
        }
      }
    }
  }
  return issues;
}

/** What a hook does, whatever its type; a hook of a type nobody documents is reported too (fail closed). */
function hookAction(hook: Node): { node: Node; text: string } | undefined {
  const typeNode = child(hook, 'type');
  const type = valueOf(typeNode);
  if (type === undefined || type === 'command') {
    const command = child(hook, 'command');
    return command ? { node: command, text: String(valueOf(command)) } : undefined;
  }
  const keys = typeof type === 'string' && Object.hasOwn(HOOK_ACTION_KEYS, type) ? HOOK_ACTION_KEYS[type]! : [];
  const parts = keys
    .map((key) => valueOf(child(hook, key)))
    .filter((value) => value !== undefined)
    .map(String);
  const first = keys.map((key) => child(hook, key)).find((node) => node !== undefined);
  if (type === 'http') return first ? { node: first, text: `http ${parts.join(' ')}` } : undefined;
  return { node: first ?? typeNode!, text: `${String(type)} ${parts.join('/')}`.trim() };
}
