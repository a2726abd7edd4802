import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  TOOL_IDS
} from "./chunk-KBEZPOTM.js";

// src/config/presets.ts
function everyTool(level) {
  return Object.fromEntries([...TOOL_IDS.map((id) => [id, level]), ["*", level]]);
}
var PRESETS = {
  // The built-in default itself: Claude Code blocks, other tools warn, tool-neutral signals inform.
  "aiguard:recommended": { tools: { "claude-code": "block", generic: "info", "*": "warn" } },
  // Every tool blocks (a rule whose own severity is lower keeps it unless `rules` raises it).
  "aiguard:strict": { tools: everyTool("block") },
  // The ban names Claude Code only: every other tool and tool-neutral signal is off.
  // aiguard's own rule (a PR that changes the policy) stays on: without it the ban could be edited away.
  "aiguard:claude-code-ban": { tools: { ...everyTool("off"), "claude-code": "block", aiguard: "block" } }
};
function isPresetName(spec) {
  return spec.startsWith("aiguard:");
}

export {
  PRESETS,
  isPresetName
};
