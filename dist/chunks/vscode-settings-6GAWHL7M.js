import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  child,
  keyLine,
  parseJsonDocument,
  properties,
  valueOf
} from "./chunk-CP3ZIR73.js";
import {
  clip
} from "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

// src/detect/settings/vscode-settings.ts
var AUTO_APPROVE_FLAGS = /* @__PURE__ */ new Set(["chat.tools.autoApprove", "chat.tools.global.autoApprove", "github.copilot.chat.agent.autoApprove"]);
var AUTO_APPROVE_MAPS = /* @__PURE__ */ new Set(["chat.tools.terminal.autoApprove", "chat.tools.edits.autoApprove", "chat.tools.urls.autoApprove"]);
function analyseVscodeSettings(text) {
  const doc = parseJsonDocument(text);
  if (doc.root?.type !== "object") return [];
  const issues = [];
  for (const [key, , value] of properties(doc.root)) {
    if (AUTO_APPROVE_FLAGS.has(key) && valueOf(value) === true) issues.push(issue(doc, value, `${key}: true`));
    if (AUTO_APPROVE_MAPS.has(key)) {
      for (const [entry, , approved] of properties(value)) {
        const yes = approved.type === "object" ? valueOf(child(approved, "approve")) === true : valueOf(approved) === true;
        if (yes && (entry.startsWith("/") || entry.includes("*"))) issues.push(issue(doc, approved, `${key}: ${entry}`));
      }
    }
  }
  return issues;
}
function issue(doc, node, evidence) {
  return { issue: "auto-approve", line: keyLine(doc, node), evidence: clip(evidence) };
}
export {
  analyseVscodeSettings
};
