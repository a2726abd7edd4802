import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  hookIssues
} from "./chunk-HCKLLQAA.js";
import {
  mcpServerIssues
} from "./chunk-BO242FYI.js";
import {
  child,
  openSettingsJson
} from "./chunk-O5Y7URFI.js";
import "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

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
