// .cursor/hooks.json: {"version": 1, "hooks": {event: [{"command": "…"}]}}; .cursor/worktrees.json:
// {"setup-worktree": [commands], "setup-worktree-unix": …, "setup-worktree-windows": …} run on every new worktree.
import { type JsonDocument, type Node, child, items, keyLine, openSettingsJson, properties, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

const WORKTREE_KEYS = ['setup-worktree', 'setup-worktree-unix', 'setup-worktree-windows'];

export function analyseCursorHooks(text: string, path = ''): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  if (/(?:^|\/)worktrees\.json$/i.test(path)) return [...issues, ...worktreeIssues(doc, root)];
  for (const [event, , list] of properties(child(root, 'hooks'))) {
    for (const hook of items(list)) {
      const command = child(hook, 'command');
      if (!command) continue;
      issues.push({ issue: 'hook-command', line: keyLine(doc, command), evidence: clip(`${event}: ${String(valueOf(command))}`) });
    }
  }
  return issues;
}

function worktreeIssues(doc: JsonDocument, root: Node): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const key of WORKTREE_KEYS) {
    const node = child(root, key);
    const commands = node?.type === 'array' ? items(node) : node ? [node] : [];
    for (const command of commands) {
      if (typeof valueOf(command) !== 'string') continue;
      issues.push({ issue: 'worktree-command', line: doc.lineAt(command.offset), evidence: clip(`${key}: ${String(valueOf(command))}`) });
    }
  }
  return issues;
}
