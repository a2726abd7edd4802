// One set of facts about agent settings (Claude Code's above all), shared by every analyser that reads them.
// Spec: shared/reference/ai-artefact-catalog.md §1e; the scopes come from rules/data/claude-settings-scope.tsv.
import { claudeSettingsScopeText } from '../../assets/claude-settings-scope.js';

/** Permission modes that let the agent edit files and run commands without asking. */
export const RISKY_PERMISSION_MODES: ReadonlySet<string> = new Set(['bypassPermissions', 'dontAsk', 'auto', 'acceptEdits']);

/** Permission rules that let the agent run anything, fetch anything or use any MCP tool without asking. */
const RISKY_COMMANDS = 'curl|wget|sh|bash|zsh|eval|python3?|node|npx|bunx|uvx|ssh|scp|nc|sudo|rm';
export const BROAD_PERMISSION = new RegExp(
  `^(?:\\*|Bash|Bash\\(\\s*(?:\\*\\s*)?\\)|Bash\\(\\s*(?:${RISKY_COMMANDS})\\b[^)]*\\)|WebFetch|WebFetch\\(\\s*(?:\\*\\s*)?\\)|mcp__.*|` +
    '(?:Edit|Write|Read)\\(\\s*(?:\\*\\*|\\/\\/?\\*\\*|~\\/?\\*\\*)\\s*\\))$',
);

/** Tools in frontmatter allowed-tools that amount to any command, any URL or any MCP tool. */
export const BROAD_TOOL = /^(?:\*|Bash|Bash\(\s*(?:\*\s*)?\)|WebFetch|mcp__.*)$/;

/** Settings keys whose value is a command Claude Code runs while it is open. */
export const COMMAND_KEYS = ['statusLine', 'subagentStatusLine', 'fileSuggestion'] as const;

/** Settings keys whose command fetches or refreshes credentials. */
export const CREDENTIAL_HELPERS = ['apiKeyHelper', 'awsAuthRefresh', 'awsCredentialExport', 'gcpAuthRefresh', 'otelHeadersHelper'] as const;

/** The five hook types and the keys that say what each does (a command, a URL, an MCP tool, a model turn). */
export const HOOK_ACTION_KEYS: Readonly<Record<string, readonly string[]>> = {
  command: ['command'],
  http: ['url'],
  mcp_tool: ['server', 'tool'],
  prompt: ['prompt'],
  agent: ['prompt'],
};

/** Keys only valid in a user's own settings that the permission check reports itself (kept out of the scope check). */
export const BYPASS_KEYS = ['skipDangerousModePermissionPrompt', 'autoMode'] as const;

/** The variable that names a script Claude Code sources before every Bash command. */
export const ENV_FILE_VARIABLE = 'CLAUDE_ENV_FILE';
/** The variable that drops the built-in commit and PR instructions (and so the trailer and footer). */
export const GIT_INSTRUCTIONS_VARIABLE = 'CLAUDE_CODE_DISABLE_GIT_INSTRUCTIONS';

export type SettingsScope = 'project' | 'local';

let scopes: Map<string, string> | undefined;

/** Every documented settings key with its scope, read once from the data file shipped in rules/data. */
export function settingsKeyScopes(): Map<string, string> {
  if (scopes) return scopes;
  scopes = new Map();
  for (const line of claudeSettingsScopeText().split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [key, scope] = line.split('\t');
    if (key && scope) scopes.set(key.trim(), scope.trim());
  }
  return scopes;
}

/** Whether a key of the given documented scope is honoured in a committed project (or local) settings file. */
export function validInFile(scope: string, file: SettingsScope): boolean {
  if (scope === 'Any file') return true;
  return file === 'local' && /\blocal\b/i.test(scope);
}
