import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { a as parseJsonDocument, p as properties, v as valueOf, c as child, k as keyLine } from './chunk5.js';
import { c as clip } from './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

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

export { analyseVscodeSettings };
