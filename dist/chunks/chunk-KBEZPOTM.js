import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

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

export {
  TOOL_IDS
};
