import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/policy/tool-ids.ts
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

export {
  TOOL_IDS
};
