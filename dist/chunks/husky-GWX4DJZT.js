import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  INSTALLED_HOOKS,
  marksHook,
  runnerFileChange,
  runnerFileRemoval,
  shellCall
} from "./chunk-INNBQZQJ.js";
import "./chunk-LOBCSSTG.js";

// src/init/husky.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function huskyChanges(root) {
  const changes = [];
  for (const hook of INSTALLED_HOOKS) {
    const path = join(root, ".husky", hook);
    const existing = existsSync(path) ? readFileSync(path, "utf8") : void 0;
    if (existing !== void 0 && marksHook(existing, hook)) continue;
    const call = shellCall(hook);
    if (existing === void 0) {
      changes.push({ type: "file", path, content: `${call}
`, executable: true, summary: `create with: ${call}` });
      continue;
    }
    const content = hook === "pre-push" ? afterShebang(existing, call) : beforeExit(existing, call);
    changes.push({ type: "file", path, content, executable: true, summary: `add: ${call}` });
  }
  return [...runnerFileChange(root), ...changes];
}
function huskyRemovals(root) {
  const changes = [];
  for (const hook of INSTALLED_HOOKS) {
    const path = join(root, ".husky", hook);
    if (!existsSync(path)) continue;
    const existing = readFileSync(path, "utf8");
    const call = shellCall(hook);
    const lines = existing.split("\n");
    const kept = lines.filter((line) => line.trim() !== call);
    if (kept.length === lines.length) continue;
    const content = kept.join("\n");
    if (content.trim() === "") changes.push({ type: "remove", path, summary: `remove (it held only: ${call})` });
    else changes.push({ type: "file", path, content, executable: true, summary: `remove: ${call}` });
  }
  return [...changes, ...runnerFileRemoval(root)];
}
function beforeExit(existing, call) {
  const lines = existing.split("\n");
  const exitLine = lines.findIndex((line) => /^exit\b/.test(line));
  if (exitLine === -1) return `${existing}${existing.endsWith("\n") || existing === "" ? "" : "\n"}${call}
`;
  return [...lines.slice(0, exitLine), call, ...lines.slice(exitLine)].join("\n");
}
function afterShebang(existing, call) {
  if (!existing.startsWith("#!")) return `${call}
${existing}`;
  const newline = existing.indexOf("\n");
  return newline === -1 ? `${existing}
${call}
` : `${existing.slice(0, newline + 1)}${call}
${existing.slice(newline + 1)}`;
}
export {
  beforeExit,
  huskyChanges,
  huskyRemovals
};
