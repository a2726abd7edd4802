// One set of facts about agent settings (Claude Code's above all), shared by every analyser that reads them.
// Spec: shared/reference/ai-artefact-catalog.md §1e; the scopes come from rules/data/claude-settings-scope.tsv.
import { readFileSync } from 'node:fs';
/** Permission modes that let the agent edit files and run commands without asking. */
export const RISKY_PERMISSION_MODES = new Set(['bypassPermissions', 'dontAsk', 'auto', 'acceptEdits']);
/** Permission rules that let the agent run anything, fetch anything or use any MCP tool without asking. */
const RISKY_COMMANDS = 'curl|wget|sh|bash|zsh|eval|python3?|node|npx|bunx|uvx|ssh|scp|nc|sudo|rm';
export const BROAD_PERMISSION = new RegExp(`^(?:\\*|Bash|Bash\\(\\s*\\*?\\s*\\)|Bash\\(\\s*(?:${RISKY_COMMANDS})\\b[^)]*\\)|WebFetch|WebFetch\\(\\s*\\*?\\s*\\)|mcp__.*|` +
    '(?:Edit|Write|Read)\\(\\s*(?:\\*\\*|\\/\\/?\\*\\*|~\\/?\\*\\*)\\s*\\))$');
/** Tools in frontmatter allowed-tools that amount to any command, any URL or any MCP tool. */
export const BROAD_TOOL = /^(?:\*|Bash|Bash\(\s*\*?\s*\)|WebFetch|mcp__.*)$/;
/** Settings keys whose value is a command Claude Code runs while it is open. */
export const COMMAND_KEYS = ['statusLine', 'subagentStatusLine', 'fileSuggestion'];
/** Settings keys whose command fetches or refreshes credentials. */
export const CREDENTIAL_HELPERS = ['apiKeyHelper', 'awsAuthRefresh', 'awsCredentialExport', 'gcpAuthRefresh', 'otelHeadersHelper'];
/** The five hook types and the keys that say what each does (a command, a URL, an MCP tool, a model turn). */
export const HOOK_ACTION_KEYS = {
    command: ['command'],
    http: ['url'],
    mcp_tool: ['server', 'tool'],
    prompt: ['prompt'],
    agent: ['prompt'],
};
/** Keys only valid in a user's own settings that the permission check reports itself (kept out of the scope check). */
export const BYPASS_KEYS = ['skipDangerousModePermissionPrompt', 'autoMode'];
/** The variable that names a script Claude Code sources before every Bash command. */
export const ENV_FILE_VARIABLE = 'CLAUDE_ENV_FILE';
/** The variable that drops the built-in commit and PR instructions (and so the trailer and footer). */
export const GIT_INSTRUCTIONS_VARIABLE = 'CLAUDE_CODE_DISABLE_GIT_INSTRUCTIONS';
let scopes;
/** Every documented settings key with its scope, read once from the data file shipped in rules/data. */
export function settingsKeyScopes() {
    if (scopes)
        return scopes;
    // dist/src/detect/settings → rules/ four levels up when built; src/detect/settings → three when tests import the sources.
    for (const relative of ['../../../../rules/data/claude-settings-scope.tsv', '../../../rules/data/claude-settings-scope.tsv']) {
        let text;
        try {
            text = readFileSync(new URL(relative, import.meta.url), 'utf8');
        }
        catch {
            continue; // Not in this layout: try the next.
        }
        scopes = new Map();
        for (const line of text.split('\n')) {
            if (line.startsWith('#') || line.trim() === '')
                continue;
            const [key, scope] = line.split('\t');
            if (key && scope)
                scopes.set(key.trim(), scope.trim());
        }
        return scopes;
    }
    throw new Error('cannot read rules/data/claude-settings-scope.tsv');
}
/** Whether a key of the given documented scope is honoured in a committed project (or local) settings file. */
export function validInFile(scope, file) {
    if (scope === 'Any file')
        return true;
    return file === 'local' && /\blocal\b/i.test(scope);
}
