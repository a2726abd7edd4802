// The analysers by the name settings rules give (rules/*.yml `analyser:`); each is loaded on demand, so that a scan
// that meets only a JSON settings file never loads the YAML or TOML parser, and hooks that meet none load no parser.
import type { SettingsAnalyser } from './settings-issue.js';
import type { AnalyserName } from './analyser-issues.js';

// Keyed by every name of analyser-issues.ts: a name without its loader, or a loader without its name, does not compile.
const LOADERS: Record<AnalyserName, () => Promise<SettingsAnalyser>> = {
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
  workflow: async () => (await import('./workflow.js')).analyseWorkflow,
};

const loaded = new Map<string, SettingsAnalyser>();

/** Loads the named analysers (every one when none are named); unknown names are left to detect to refuse. */
export async function loadSettingsAnalysers(names: Iterable<string> = Object.keys(LOADERS)): Promise<Map<string, SettingsAnalyser>> {
  const missing = [...new Set(names)].filter((name) => !loaded.has(name) && Object.hasOwn(LOADERS, name)) as AnalyserName[];
  const analysers = await Promise.all(missing.map((name) => LOADERS[name]()));
  missing.forEach((name, index) => loaded.set(name, analysers[index]!));
  return loaded;
}

/** The analyser of a name once loaded; a known analyser not loaded yet throws (fail closed, never a silent pass). */
export function settingsAnalyser(name: string): SettingsAnalyser | undefined {
  const analyse = loaded.get(name);
  if (!analyse && Object.hasOwn(LOADERS, name)) {
    throw new Error(`settings analyser "${name}" not loaded: await loadSettingsAnalysers() first`);
  }
  return analyse;
}
