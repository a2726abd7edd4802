import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  INSTALLED_HOOKS,
  marksHook,
  shellCall
} from "./chunk-IM7EVTT4.js";
import "./chunk-5JE5XEE3.js";

// src/init/husky.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function huskyChanges(root, command) {
  const changes = [];
  for (const hook of INSTALLED_HOOKS) {
    const path = join(root, ".husky", hook);
    const existing = existsSync(path) ? readFileSync(path, "utf8") : void 0;
    if (existing !== void 0 && marksHook(existing, hook)) continue;
    const call = shellCall(hook, command);
    if (existing === void 0) {
      changes.push({ type: "file", path, content: `${call}
`, executable: true, summary: `create with: ${call}` });
      continue;
    }
    const content = hook === "pre-push" ? prepend(existing, call) : `${existing}${existing.endsWith("\n") || existing === "" ? "" : "\n"}${call}
`;
    changes.push({ type: "file", path, content, executable: true, summary: `add: ${call}` });
  }
  return changes;
}
function prepend(existing, call) {
  if (!existing.startsWith("#!")) return `${call}
${existing}`;
  const newline = existing.indexOf("\n");
  return newline === -1 ? `${existing}
${call}
` : `${existing.slice(0, newline + 1)}${call}
${existing.slice(newline + 1)}`;
}
export {
  huskyChanges
};
