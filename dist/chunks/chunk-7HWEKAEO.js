import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/config/tool-ids.ts
var TOOL_IDS = [
  "claude-code",
  "copilot",
  "cursor",
  "codex",
  "gemini",
  "jules",
  "aider",
  "windsurf",
  "cline",
  "roo",
  "kilo",
  "continue",
  "amazon-q",
  "kiro",
  "junie",
  "zed",
  "devin",
  "openhands",
  "amp",
  "opencode",
  "goose",
  "augment",
  "trae",
  "qodo",
  "tabnine",
  "warp",
  "firebase-studio",
  "crush",
  "factory",
  "qwen",
  "generic",
  // aiguard's own findings (a pull request that edits the policy).
  "aiguard"
];

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

// src/config/display-path.ts
import { isAbsolute, relative } from "node:path";
function displayPath(path) {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
}

export {
  TOOL_IDS,
  PRESETS,
  isPresetName,
  displayPath
};
