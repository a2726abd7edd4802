import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  hookIssues
} from "./chunk-U57G2GSZ.js";
import {
  mcpServerIssues
} from "./chunk-5NBCNNHG.js";
import {
  child,
  openSettingsJson,
  properties
} from "./chunk-CP3ZIR73.js";
import "./chunk-WQ4EY3R4.js";
import "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

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
export {
  analysePluginHooks
};
