// Keyed by every name of analyser-issues.ts: a name without its loader, or a loader without its name, does not compile.
const LOADERS = {
    'claude-settings': async () => (await import('./claude-settings.js')).analyseClaudeSettings,
    'mcp-json': async () => (await import('./mcp-json.js')).analyseMcpJson,
    frontmatter: async () => (await import('./frontmatter.js')).analyseFrontmatter,
    'plugin-hooks': async () => (await import('./plugin-hooks.js')).analysePluginHooks,
    'claude-plugin': async () => (await import('./claude-plugin.js')).analyseClaudePlugin,
    'claude-launch': async () => (await import('./claude-launch.js')).analyseClaudeLaunch,
    'cursor-hooks': async () => (await import('./cursor-hooks.js')).analyseCursorHooks,
    'copilot-hooks': async () => (await import('./copilot-hooks.js')).analyseCopilotHooks,
    'gemini-settings': async () => (await import('./gemini-settings.js')).analyseGeminiSettings,
    'codex-config': async () => (await import('./codex-config.js')).analyseCodexConfig,
    'vscode-settings': async () => (await import('./vscode-settings.js')).analyseVscodeSettings,
    'claude-md-imports': async () => (await import('./claude-md-imports.js')).analyseClaudeMdImports,
};
const loaded = new Map();
/** Loads the named analysers (every one when none are named); unknown names are left to detect to refuse. */
export async function loadSettingsAnalysers(names = Object.keys(LOADERS)) {
    const missing = [...new Set(names)].filter((name) => !loaded.has(name) && Object.hasOwn(LOADERS, name));
    const analysers = await Promise.all(missing.map((name) => LOADERS[name]()));
    missing.forEach((name, index) => loaded.set(name, analysers[index]));
    return loaded;
}
/** The analyser of a name once loaded; a known analyser not loaded yet throws (fail closed, never a silent pass). */
export function settingsAnalyser(name) {
    const analyse = loaded.get(name);
    if (!analyse && Object.hasOwn(LOADERS, name)) {
        throw new Error(`settings analyser "${name}" not loaded: await loadSettingsAnalysers() first`);
    }
    return analyse;
}
