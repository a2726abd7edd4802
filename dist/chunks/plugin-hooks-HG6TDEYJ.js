import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  hookIssues
} from "./chunk-HO7635XX.js";
import {
  mcpServerIssues
} from "./chunk-FRRSI44F.js";
import {
  child,
  openSettingsJson
} from "./chunk-JFYWF3JL.js";
import "./chunk-GF62Y7TU.js";
import "./chunk-5JE5XEE3.js";

// src/detect/settings/plugin-hooks.ts
function analysePluginHooks(text) {
  const { doc, issues, root } = openSettingsJson(text, "hooks-unparsable");
  if (!root) return issues;
  issues.push(...hookIssues(doc, child(root, "hooks"), "hook-command"));
  issues.push(...mcpServerIssues(doc, child(root, "mcpServers")));
  return issues;
}
export {
  analysePluginHooks
};
