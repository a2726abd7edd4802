// .claude/launch.json: the desktop app's preview servers; runtimeExecutable + runtimeArgs are a command Claude starts.
import { child, items, keyLine, openSettingsJson, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

export function analyseClaudeLaunch(text: string): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  items(child(root, 'configurations')).forEach((configuration, index) => {
    const executable = child(configuration, 'runtimeExecutable');
    if (typeof valueOf(executable) !== 'string') return;
    const args = items(child(configuration, 'runtimeArgs')).map((arg) => String(valueOf(arg)));
    const name = String(valueOf(child(configuration, 'name')) ?? `configurations[${index}]`);
    issues.push({
      issue: 'launch-command',
      line: keyLine(doc, executable!),
      evidence: clip(`${name}: ${[String(valueOf(executable)), ...args].join(' ')}`),
    });
  });
  return issues;
}
