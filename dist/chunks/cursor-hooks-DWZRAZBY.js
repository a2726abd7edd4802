import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  child,
  items,
  keyLine,
  openSettingsJson,
  properties,
  valueOf
} from "./chunk-CP3ZIR73.js";
import {
  clip
} from "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

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
export {
  analyseCursorHooks
};
