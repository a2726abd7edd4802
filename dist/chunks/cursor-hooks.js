import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { o as openSettingsJson, p as properties, c as child, i as items, v as valueOf, k as keyLine } from './chunk5.js';
import { c as clip } from './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/cursor-hooks.ts
var WORKTREE_KEYS = ["setup-worktree", "setup-worktree-unix", "setup-worktree-windows"];
function analyseCursorHooks(text, path = "") {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  if (/(?:^|\/)worktrees\.json$/i.test(path)) return [...issues, ...worktreeIssues(doc, root)];
  for (const [event, , list] of properties(child(root, "hooks"))) {
    for (const hook of items(list)) {
      const command = child(hook, "command");
      if (!command) continue;
      issues.push({ issue: "hook-command", line: keyLine(doc, command), evidence: clip(`${event}: ${String(valueOf(command))}`) });
    }
  }
  return issues;
}
function worktreeIssues(doc, root) {
  const issues = [];
  for (const key of WORKTREE_KEYS) {
    const node = child(root, key);
    const commands = node?.type === "array" ? items(node) : node ? [node] : [];
    for (const command of commands) {
      if (typeof valueOf(command) !== "string") continue;
      issues.push({ issue: "worktree-command", line: doc.lineAt(command.offset), evidence: clip(`${key}: ${String(valueOf(command))}`) });
    }
  }
  return issues;
}

export { analyseCursorHooks };
