import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  TOOL_IDS
} from "./chunk-T3SIZCCV.js";

// src/policy/presets.ts
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
