// .vscode/settings.json: the keys that let Copilot's agent run tools and terminal commands without asking
// (a prompt injection that writes chat.tools.autoApprove gets code execution: CVE-2025-53773).
import { type JsonDocument, type Node, child, keyLine, parseJsonDocument, properties, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';

const AUTO_APPROVE_FLAGS = new Set(['chat.tools.autoApprove', 'chat.tools.global.autoApprove', 'github.copilot.chat.agent.autoApprove']);
const AUTO_APPROVE_MAPS = new Set(['chat.tools.terminal.autoApprove', 'chat.tools.edits.autoApprove', 'chat.tools.urls.autoApprove']);

export function analyseVscodeSettings(text: string): SettingsIssue[] {
  const doc = parseJsonDocument(text);
  // Editor settings are not an AI tool's file: one that does not parse is the editor's business.
  if (doc.root?.type !== 'object') return [];
  const issues: SettingsIssue[] = [];
  for (const [key, , value] of properties(doc.root)) {
    if (AUTO_APPROVE_FLAGS.has(key) && valueOf(value) === true) issues.push(issue(doc, value, `${key}: true`));
    if (AUTO_APPROVE_MAPS.has(key)) {
      for (const [entry, , approved] of properties(value)) {
        const yes = approved.type === 'object' ? valueOf(child(approved, 'approve')) === true : valueOf(approved) === true;
        // A single named command is a choice; a regular expression or a wildcard approves whatever matches.
        if (yes && (entry.startsWith('/') || entry.includes('*'))) issues.push(issue(doc, approved, `${key}: ${entry}`));
      }
    }
  }
  return issues;
}

function issue(doc: JsonDocument, node: Node, evidence: string): SettingsIssue {
  return { issue: 'auto-approve', line: keyLine(doc, node), evidence: clip(evidence) };
}
