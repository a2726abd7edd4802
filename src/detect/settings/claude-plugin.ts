// Claude Code plugin files that start commands: .lsp.json language servers, monitors/monitors.json watchers,
// the same inline in plugin.json (lspServers, experimental.monitors), and marketplace entries whose source is a
// command. A plugin needs no manifest, so .lsp.json and monitors.json count wherever they are.
import { type JsonDocument, type Node, child, items, keyLine, openSettingsJson, properties, valueOf } from './json-document.js';
import { marketplaceCommandIssues } from './claude-settings.js';
import { clip, type SettingsIssue } from './settings-issue.js';

export function analyseClaudePlugin(text: string, path = ''): SettingsIssue[] {
  const { doc, issues, root } = openSettingsJson(text);
  const name = path.split('/').pop()?.toLowerCase() ?? '';
  // monitors.json may be a bare array: not the object every other settings file must be.
  if (name === 'monitors.json' && doc.root?.type === 'array') {
    return [...issues.filter((issue) => issue.issue !== 'unparsable'), ...monitorIssues(doc, doc.root, 'monitors')];
  }
  if (!root) return issues;
  if (name === '.lsp.json') issues.push(...lspIssues(doc, root, ''));
  else if (name === 'monitors.json') issues.push(...monitorIssues(doc, child(root, 'monitors'), 'monitors'));
  else if (name === 'marketplace.json') {
    items(child(root, 'plugins')).forEach((plugin, index) => {
      const label = String(valueOf(child(plugin, 'name')) ?? `plugins[${index}]`);
      issues.push(...marketplaceCommandIssues(doc, child(plugin, 'source'), `plugin ${label}`));
    });
  } else {
    const lsp = child(root, 'lspServers');
    if (lsp?.type === 'object') issues.push(...lspIssues(doc, lsp, 'lspServers.'));
    issues.push(...monitorIssues(doc, child(child(root, 'experimental'), 'monitors'), 'experimental.monitors'));
  }
  return issues;
}

function lspIssues(doc: JsonDocument, servers: Node, prefix: string): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  for (const [language, , server] of properties(servers)) {
    const command = child(server, 'command');
    if (typeof valueOf(command) !== 'string') continue;
    const args = items(child(server, 'args')).map((arg) => String(valueOf(arg)));
    issues.push({
      issue: 'lsp-server',
      line: keyLine(doc, command!),
      evidence: clip(`${prefix}${language}: ${[String(valueOf(command)), ...args].join(' ')}`),
    });
  }
  return issues;
}

function monitorIssues(doc: JsonDocument, monitors: Node | undefined, where: string): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  items(monitors).forEach((monitor, index) => {
    const command = child(monitor, 'command');
    if (typeof valueOf(command) !== 'string') return;
    const label = String(valueOf(child(monitor, 'name')) ?? `${where}[${index}]`);
    issues.push({ issue: 'monitor', line: keyLine(doc, command!), evidence: clip(`${label}: ${String(valueOf(command))}`) });
  });
  return issues;
}
