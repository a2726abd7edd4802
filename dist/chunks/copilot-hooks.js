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

export { analyseCopilotHooks };
