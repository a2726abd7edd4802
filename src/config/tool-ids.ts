// The tool ids of the interface contract (shared/DESIGN.md); rule packs and policies use only these.
export const TOOL_IDS = [
  'claude-code', 'copilot', 'cursor', 'codex', 'gemini', 'jules', 'aider', 'windsurf', 'cline', 'roo',
  'kilo', 'continue', 'amazon-q', 'kiro', 'junie', 'zed', 'devin', 'openhands', 'amp', 'opencode', 'goose',
  'augment', 'trae', 'qodo', 'tabnine', 'warp', 'firebase-studio', 'crush', 'factory', 'qwen', 'generic',
  // aiguard's own findings (a pull request that edits the policy).
  'aiguard',
] as const;

export type ToolId = (typeof TOOL_IDS)[number];
