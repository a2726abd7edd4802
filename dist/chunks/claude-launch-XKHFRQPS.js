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
  valueOf
} from "./chunk-CP3ZIR73.js";
import {
  clip
} from "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

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
export {
  analyseClaudeLaunch
};
