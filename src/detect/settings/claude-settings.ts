// .claude/settings.json and settings.local.json: every key that runs a command, redirects the API,
// grants permissions in advance, loads servers or plugins, weakens the sandbox or hides attribution.
import { type JsonDocument, type Node, child, items, keyLine, openSettingsJson, properties, valueOf } from './json-document.js';
import { hookIssues } from './hooks-object.js';
import { clip, type SettingsIssue } from './settings-issue.js';
import { envIssues } from './env-redirect.js';
import {
  BROAD_PERMISSION,
  BYPASS_KEYS,
  COMMAND_KEYS,
  CREDENTIAL_HELPERS,
  ENV_FILE_VARIABLE,
  RISKY_PERMISSION_MODES,
} from './agent-settings.js';
import { attributionIssues, sandboxIssues, scopeIssues } from './claude-settings-keys.js';

export function analyseClaudeSettings(text: string, path = '.claude/settings.json'): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  if (!root) return issues;
  issues.push(...hookIssues(doc, child(root, 'hooks'), 'hook-command', 'hook-env-export'));
  const exported = child(root, 'httpHookAllowedEnvVars');
  if (items(exported).length > 0) {
    issues.push({
      issue: 'hook-env-export',
      line: keyLine(doc, exported!),
      evidence: clip(`httpHookAllowedEnvVars: ${JSON.stringify(valueOf(exported))}`),
    });
  }
  issues.push(...commandKeyIssues(doc, root));
  const env = child(root, 'env');
  issues.push(...envIssues(doc, env, 'env-redirect'));
  const envFile = child(env, ENV_FILE_VARIABLE);
  if (envFile)
    issues.push({
      issue: 'env-file',
      line: keyLine(doc, envFile),
      evidence: clip(`env.${ENV_FILE_VARIABLE}=${String(valueOf(envFile))}`),
    });
  issues.push(...permissionIssues(doc, root));
  issues.push(...mcpApprovalIssues(doc, root));
  issues.push(...pluginIssues(doc, root));
  issues.push(...sandboxIssues(doc, child(root, 'sandbox')));
  issues.push(...attributionIssues(doc, root));
  issues.push(...scopeIssues(doc, root, /(?:^|\/)settings\.local\.json$/i.test(path) ? 'local' : 'project'));
  return issues;
}

function commandKeyIssues(doc: JsonDocument, root: Node): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const key of COMMAND_KEYS) {
    const node = child(root, key);
    if (!node) continue;
    const command = node.type === 'object' ? child(node, 'command') : node;
    issues.push({
      issue: 'command-key',
      line: keyLine(doc, node),
      evidence: clip(`${key}: ${String(valueOf(command) ?? JSON.stringify(valueOf(node)))}`),
    });
  }
  for (const key of CREDENTIAL_HELPERS) {
    const node = child(root, key);
    if (node) issues.push({ issue: 'credential-helper', line: keyLine(doc, node), evidence: clip(`${key}: ${String(valueOf(node))}`) });
  }
  return issues;
}

function permissionIssues(doc: JsonDocument, root: Node): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const permissions = child(root, 'permissions');
  for (const entry of items(child(permissions, 'allow'))) {
    const rule = valueOf(entry);
    if (typeof rule === 'string' && BROAD_PERMISSION.test(rule.trim())) {
      issues.push({ issue: 'permissions', line: doc.lineAt(entry.offset), evidence: `permissions.allow: ${rule}` });
    }
  }
  const directories = child(permissions, 'additionalDirectories');
  if (items(directories).length > 0) {
    issues.push({
      issue: 'permissions',
      line: keyLine(doc, directories!),
      evidence: clip(`permissions.additionalDirectories: ${JSON.stringify(valueOf(directories))}`),
    });
  }
  const mode = child(permissions, 'defaultMode');
  if (typeof valueOf(mode) === 'string' && RISKY_PERMISSION_MODES.has(valueOf(mode) as string)) {
    issues.push({ issue: 'bypass-mode', line: keyLine(doc, mode!), evidence: `permissions.defaultMode: ${String(valueOf(mode))}` });
  }
  // Only valid in a user's own settings: in a committed file they are an attempt to switch prompts off.
  for (const key of BYPASS_KEYS) {
    const node = child(root, key);
    if (node && valueOf(node) !== false)
      issues.push({
        issue: 'bypass-mode',
        line: keyLine(doc, node),
        evidence: clip(`${key}: ${JSON.stringify(valueOf(node))}`),
      });
  }
  return issues;
}

function mcpApprovalIssues(doc: JsonDocument, root: Node): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const all = child(root, 'enableAllProjectMcpServers');
  if (all && valueOf(all) === true)
    issues.push({
      issue: 'mcp-auto-approve',
      line: keyLine(doc, all),
      evidence: 'enableAllProjectMcpServers: true',
    });
  const named = child(root, 'enabledMcpjsonServers');
  if (items(named).length > 0) {
    issues.push({
      issue: 'mcp-auto-approve',
      line: keyLine(doc, named!),
      evidence: clip(`enabledMcpjsonServers: ${JSON.stringify(valueOf(named))}`),
    });
  }
  return issues;
}

function pluginIssues(doc: JsonDocument, root: Node): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const [name, , value] of properties(child(root, 'extraKnownMarketplaces'))) {
    const source = child(value, 'source');
    const where = ['repo', 'url', 'path', 'command'].map((key) => valueOf(child(source, key))).find((value) => value !== undefined) ?? '';
    issues.push({ issue: 'plugins', line: keyLine(doc, value), evidence: clip(`extraKnownMarketplaces.${name}: ${String(where)}`) });
    issues.push(...marketplaceCommandIssues(doc, source, `extraKnownMarketplaces.${name}`));
  }
  for (const [name, , value] of properties(child(root, 'enabledPlugins'))) {
    if (valueOf(value) !== false) issues.push({ issue: 'plugins', line: keyLine(doc, value), evidence: `enabledPlugins: ${name}` });
  }
  return issues;
}

/** A marketplace or plugin source {"source": "command", "command": "…"}: a command run at install and every session. */
export function marketplaceCommandIssues(doc: JsonDocument, source: Node | undefined, where: string): SettingsIssue[] {
  if (source?.type !== 'object' || valueOf(child(source, 'source')) !== 'command') return [];
  const command = child(source, 'command');
  const text = command ? String(valueOf(command)) : JSON.stringify(valueOf(source));
  return [{ issue: 'marketplace-command', line: keyLine(doc, command ?? source), evidence: clip(`${where}: command source ${text}`) }];
}
