// The analysers by the `check` name settings rules give; each is loaded on demand, so that a scan that meets
// only a JSON settings file never loads the YAML or TOML parser, and hooks that meet none load no parser at all.
import type { SettingsAnalyser } from './settings-issue.js';

const LOADERS: Record<string, () => Promise<SettingsAnalyser>> = {
  'claude-settings': async () => (await import('./claude-settings.js')).analyseClaudeSettings,
  'mcp-json': async () => (await import('./mcp-json.js')).analyseMcpJson,
  frontmatter: async () => (await import('./frontmatter.js')).analyseFrontmatter,
  'plugin-hooks': async () => (await import('./plugin-hooks.js')).analysePluginHooks,
  'cursor-hooks': async () => (await import('./cursor-hooks.js')).analyseCursorHooks,
  'gemini-settings': async () => (await import('./gemini-settings.js')).analyseGeminiSettings,
  'codex-config': async () => (await import('./codex-config.js')).analyseCodexConfig,
  'vscode-settings': async () => (await import('./vscode-settings.js')).analyseVscodeSettings,
  'claude-md-imports': async () => (await import('./claude-md-imports.js')).analyseClaudeMdImports,
  workflow: async () => (await import('./workflow.js')).analyseWorkflow,
};

const loaded = new Map<string, SettingsAnalyser>();

/** Loads the analysers of the given checks (every one when none are named); unknown names are left to detect to refuse. */
export async function loadSettingsAnalysers(checks: Iterable<string> = Object.keys(LOADERS)): Promise<Map<string, SettingsAnalyser>> {
  const missing = [...new Set(checks)].filter((check) => !loaded.has(check) && Object.hasOwn(LOADERS, check));
  const analysers = await Promise.all(missing.map((check) => LOADERS[check]!()));
  missing.forEach((check, index) => loaded.set(check, analysers[index]!));
  return loaded;
}

/** The analyser of a check once loaded; a known check not loaded yet throws (fail closed, never a silent pass). */
export function settingsAnalyser(check: string): SettingsAnalyser | undefined {
  const analyse = loaded.get(check);
  if (!analyse && Object.hasOwn(LOADERS, check)) throw new Error(`settings analyser "${check}" not loaded: await loadSettingsAnalysers() first`);
  return analyse;
}
