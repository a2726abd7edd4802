import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  child,
  items,
  keyLine,
  openSettingsJson,
  properties,
  valueOf
} from "./chunk-JFYWF3JL.js";
import {
  clip
} from "./chunk-GF62Y7TU.js";
import "./chunk-5JE5XEE3.js";

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
