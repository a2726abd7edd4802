import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { o as openSettingsJson, i as items, c as child, v as valueOf, k as keyLine } from './chunk5.js';
import { c as clip } from './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/claude-launch.ts
function analyseClaudeLaunch(text) {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  items(child(root, "configurations")).forEach((configuration, index) => {
    const executable = child(configuration, "runtimeExecutable");
    if (typeof valueOf(executable) !== "string") return;
    const args = items(child(configuration, "runtimeArgs")).map((arg) => String(valueOf(arg)));
    const name = String(valueOf(child(configuration, "name")) ?? `configurations[${index}]`);
    issues.push({
      issue: "launch-command",
      line: keyLine(doc, executable),
      evidence: clip(`${name}: ${[String(valueOf(executable)), ...args].join(" ")}`)
    });
  });
  return issues;
}

export { analyseClaudeLaunch };
