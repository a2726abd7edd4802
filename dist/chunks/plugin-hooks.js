import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { m as mcpServerIssues } from './chunk6.js';
import { h as hookIssues } from './chunk4.js';
import './core.js';
import { o as openSettingsJson, c as child, p as properties } from './chunk5.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/plugin-hooks.ts
var GEMINI_EVENTS = /^(?:BeforeTool|AfterTool|BeforeAgent|AfterAgent|BeforeModel|AfterModel|BeforeToolSelection)$/;
function analysePluginHooks(text, path = "") {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  const hooks = child(root, "hooks");
  const events = properties(hooks).map(([event]) => event);
  const gemini = /(?:^|\/)hooks\/hooks\.json$/i.test(path) && !text.includes("CLAUDE_PLUGIN_ROOT") && isGeminiExtension(text, events);
  issues.push(...hookIssues(doc, hooks, gemini ? "extension-hook-command" : "hook-command"));
  issues.push(...mcpServerIssues(doc, child(root, "mcpServers")));
  return issues;
}
function isGeminiExtension(text, events) {
  return /\$\{extensionPath\}|\$\{extensionDir\}/.test(text) || events.length > 0 && events.every((event) => GEMINI_EVENTS.test(event));
}

export { analysePluginHooks };
