// What each settings analyser can report. A settings rule names its analyser and one of these issues in YAML;
// scripts/compile-rules.mjs refuses a rule whose analyser or issue is not listed here (no import: the build reads it).
export const ANALYSER_ISSUES = {
    'claude-settings': [
        'unparsable', 'duplicate-key', 'hook-command', 'hook-env-export', 'command-key', 'credential-helper', 'env-redirect',
        'env-file', 'git-instructions-off', 'permissions', 'bypass-mode', 'mcp-auto-approve', 'plugins', 'marketplace-command',
        'sandbox', 'attribution-off', 'scope-key',
    ],
    'mcp-json': ['unparsable', 'duplicate-key', 'server', 'headers-helper'],
    'plugin-hooks': ['unparsable', 'duplicate-key', 'hook-command', 'server', 'extension-hook-command'],
    'claude-plugin': ['unparsable', 'duplicate-key', 'lsp-server', 'monitor', 'marketplace-command'],
    'claude-launch': ['unparsable', 'duplicate-key', 'launch-command'],
    frontmatter: ['unparsable', 'hooks', 'permission-mode', 'mcp-servers', 'tools', 'inline-shell'],
    'cursor-hooks': ['unparsable', 'duplicate-key', 'hook-command', 'worktree-command'],
    'copilot-hooks': ['unparsable', 'duplicate-key', 'hook-command'],
    'gemini-settings': ['unparsable', 'duplicate-key', 'server', 'hook-command', 'auto-approve', 'command-key', 'env-redirect'],
    'codex-config': ['unparsable', 'server', 'unsafe', 'attribution-off'],
    'vscode-settings': ['auto-approve'],
    'claude-md-imports': ['outside-import'],
};
/** Settings rules found by a command from data of its own, never from a file's text (aiguard ci diffs the policy files). */
export const FOUND_BY = ['ci-policy-diff'];
