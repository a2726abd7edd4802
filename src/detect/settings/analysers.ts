// The analysers by the `check` name settings rules give; loaded on demand so that hooks that meet no
// settings file never load a JSON, TOML or YAML parser.
import type { SettingsAnalyser } from './settings-issue.js';

let loaded: Map<string, SettingsAnalyser> | undefined;

export async function loadSettingsAnalysers(): Promise<Map<string, SettingsAnalyser>> {
  if (loaded) return loaded;
  const [claude, mcp, frontmatter, pluginHooks, cursorHooks, gemini, codex, vscode, claudeMd] = await Promise.all([
    import('./claude-settings.js'),
    import('./mcp-json.js'),
    import('./frontmatter.js'),
    import('./plugin-hooks.js'),
    import('./cursor-hooks.js'),
    import('./gemini-settings.js'),
    import('./codex-config.js'),
    import('./vscode-settings.js'),
    import('./claude-md-imports.js'),
  ]);
  loaded = new Map<string, SettingsAnalyser>([
    ['claude-settings', claude.analyseClaudeSettings],
    ['mcp-json', mcp.analyseMcpJson],
    ['frontmatter', frontmatter.analyseFrontmatter],
    ['plugin-hooks', pluginHooks.analysePluginHooks],
    ['cursor-hooks', cursorHooks.analyseCursorHooks],
    ['gemini-settings', gemini.analyseGeminiSettings],
    ['codex-config', codex.analyseCodexConfig],
    ['vscode-settings', vscode.analyseVscodeSettings],
    ['claude-md-imports', claudeMd.analyseClaudeMdImports],
  ]);
  return loaded;
}

/** The analysers once loaded; detect refuses settings subjects before (fail closed, never a silent pass). */
export function settingsAnalysers(): Map<string, SettingsAnalyser> {
  if (!loaded) throw new Error('settings analysers not loaded: await loadSettingsAnalysers() first');
  return loaded;
}
