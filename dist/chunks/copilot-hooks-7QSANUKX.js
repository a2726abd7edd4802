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

// src/detect/settings/copilot-hooks.ts
var COMMAND_KEYS = ["bash", "powershell", "command"];
function analyseCopilotHooks(text) {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  for (const [event, , list] of properties(child(root, "hooks"))) {
    for (const hook of items(list)) {
      const command = COMMAND_KEYS.map((key) => child(hook, key)).find((node) => typeof valueOf(node) === "string");
      if (command)
        issues.push({
          issue: "hook-command",
          line: keyLine(doc, command),
          evidence: clip(`${event}: ${String(valueOf(command))}`)
        });
    }
  }
  return issues;
}
export {
  analyseCopilotHooks
};
