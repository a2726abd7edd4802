// hooks.json of Claude Code plugins and of Codex (.codex/hooks.json): {"hooks": {Event: [...]}}.
import { child, parseJsonDocument, unparsableIssue } from './json-document.js';
import { hookIssues } from './hooks-object.js';
import type { SettingsIssue } from './settings-issue.js';

export function analysePluginHooks(text: string): SettingsIssue[] {
  const doc = parseJsonDocument(text);
  const issues: SettingsIssue[] = [];
  const broken = unparsableIssue(doc, 'hooks-unparsable');
  if (broken) issues.push(broken);
  if (doc.root?.type !== 'object') return issues;
  issues.push(...hookIssues(doc, child(doc.root, 'hooks'), 'hook-command'));
  return issues;
}
