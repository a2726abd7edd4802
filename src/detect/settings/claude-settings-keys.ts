// Claude Code settings that weaken the sandbox, hide or replace attribution, or are only honoured outside a
// project file (rules/data/claude-settings-scope.tsv): in a committed file they are there to mislead.
import { type JsonDocument, type Node, child, items, keyLine, valueOf } from './json-document.js';
import { clip, type SettingsIssue } from './settings-issue.js';
import { BYPASS_KEYS, GIT_INSTRUCTIONS_VARIABLE, type SettingsScope, settingsKeyScopes, validInFile } from './agent-settings.js';

/** Sandbox keys valid in a project file that open holes: true flags, wildcard lists and non-empty exceptions. */
const SANDBOX_TRUE = ['enableWeakerNestedSandbox', 'enableWeakerNetworkIsolation', 'allowUnsandboxedCommands', 'autoAllowBashIfSandboxed'];
const SANDBOX_LISTS = ['excludedCommands', 'ignoreViolations'];
const NETWORK_TRUE = ['allowAllUnixSockets', 'allowLocalBinding'];
const NETWORK_WILDCARD = ['allowMachLookup', 'allowedDomains'];

export function sandboxIssues(doc: JsonDocument, sandbox: Node | undefined): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (!sandbox) return issues;
  const add = (node: Node, text: string) => issues.push({ issue: 'sandbox', line: keyLine(doc, node), evidence: clip(text) });
  const enabled = child(sandbox, 'enabled');
  if (enabled && valueOf(enabled) === false) add(enabled, 'sandbox.enabled: false');
  for (const key of SANDBOX_TRUE) {
    const node = child(sandbox, key);
    if (node && valueOf(node) === true) add(node, `sandbox.${key}: true`);
  }
  for (const key of SANDBOX_LISTS) {
    const node = child(sandbox, key);
    if (node && nonEmpty(node)) add(node, `sandbox.${key}: ${JSON.stringify(valueOf(node))}`);
  }
  const network = child(sandbox, 'network');
  const sockets = child(network, 'allowUnixSockets') ?? child(sandbox, 'allowUnixSockets');
  if (sockets && (valueOf(sockets) === true || items(sockets).length > 0)) {
    add(sockets, `sandbox allowUnixSockets: ${JSON.stringify(valueOf(sockets))}`);
  }
  for (const key of NETWORK_TRUE) {
    const node = child(network, key);
    if (node && valueOf(node) === true) add(node, `sandbox.network.${key}: true`);
  }
  for (const key of NETWORK_WILDCARD) {
    const node = child(network, key);
    if (items(node).some((entry) => valueOf(entry) === '*')) add(node!, `sandbox.network.${key}: ${JSON.stringify(valueOf(node))}`);
  }
  const allowWrite = child(child(sandbox, 'filesystem'), 'allowWrite');
  if (items(allowWrite).length > 0) add(allowWrite!, `sandbox.filesystem.allowWrite: ${JSON.stringify(valueOf(allowWrite))}`);
  return issues;
}

function nonEmpty(node: Node): boolean {
  if (node.type === 'array') return items(node).length > 0;
  if (node.type === 'object') return (node.children ?? []).length > 0;
  return valueOf(node) === true;
}

/** Attribution switched off or replaced: the setting itself proves the tool is used here. */
export function attributionIssues(doc: JsonDocument, root: Node): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const add = (issue: string, node: Node, text: string) => issues.push({ issue, line: keyLine(doc, node), evidence: clip(text) });
  const coAuthored = child(root, 'includeCoAuthoredBy');
  if (coAuthored && valueOf(coAuthored) === false) add('attribution-off', coAuthored, 'includeCoAuthoredBy: false');
  const attribution = child(root, 'attribution');
  for (const key of ['commit', 'pr']) {
    const node = child(attribution, key);
    const value = valueOf(node);
    // Any text of one's own replaces Claude's trailer or footer; text that still names Claude keeps it.
    if (node && (value === false || (typeof value === 'string' && !/\bclaude\b/i.test(value)))) {
      add('attribution-off', node, `attribution.${key}: ${JSON.stringify(value)}`);
    }
  }
  const sessionUrl = child(attribution, 'sessionUrl');
  if (sessionUrl && valueOf(sessionUrl) === false) add('attribution-off', sessionUrl, 'attribution.sessionUrl: false');
  const instructions = child(root, 'includeGitInstructions');
  if (instructions && valueOf(instructions) === false) add('git-instructions-off', instructions, 'includeGitInstructions: false');
  const disable = child(child(root, 'env'), GIT_INSTRUCTIONS_VARIABLE);
  if (disable && !/^(?:0|false|)$/i.test(String(valueOf(disable)).trim())) {
    add('git-instructions-off', disable, `env.${GIT_INSTRUCTIONS_VARIABLE}=${String(valueOf(disable))}`);
  }
  return issues;
}

/** Keys documented for user, managed or global settings only, found in a committed project (or local) file. */
export function scopeIssues(doc: JsonDocument, root: Node, file: SettingsScope): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const reported: string[] = [];
  const scopes = [...settingsKeyScopes()].sort(([a], [b]) => a.split('.').length - b.split('.').length);
  for (const [key, scope] of scopes) {
    if (validInFile(scope, file) || reported.some((parent) => key.startsWith(`${parent}.`))) continue;
    // The permission check reports these itself (bypass-mode); their sub-keys are not reported twice either.
    if ((BYPASS_KEYS as readonly string[]).includes(key)) {
      reported.push(key);
      continue;
    }
    let node: Node | undefined = root;
    for (const part of key.split('.')) node = child(node, part);
    if (!node) continue;
    reported.push(key);
    issues.push({
      issue: 'scope-key',
      line: keyLine(doc, node),
      evidence: clip(`${key}: ${JSON.stringify(valueOf(node))} (honoured only in ${scope.toLowerCase()} settings)`),
    });
  }
  return issues.sort((a, b) => a.line - b.line);
}
