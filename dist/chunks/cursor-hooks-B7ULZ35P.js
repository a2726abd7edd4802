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
} from "./chunk-O5Y7URFI.js";
import {
  clip
} from "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

// src/detect/settings/cursor-hooks.ts
function analyseCursorHooks(text) {
  const { doc, issues, root } = openSettingsJson(text, "hooks-unparsable");
  if (!root) return issues;
  for (const [event, , list] of properties(child(root, "hooks"))) {
    for (const hook of items(list)) {
      const command = child(hook, "command");
      if (command) issues.push({ topic: "hook-command", line: keyLine(doc, command), evidence: clip(`${event}: ${String(valueOf(command))}`) });
    }
  }
  return issues;
}
export {
  analyseCursorHooks
};
