// .codex/config.toml: stdio MCP servers, notify commands, approvals and sandbox switched off.
import { parse, TomlError } from 'smol-toml';
import { clip, type SettingsIssue } from './settings-issue.js';

const UNSAFE = /^\s*(approval_policy\s*=\s*["']never["']|sandbox_mode\s*=\s*["']danger-full-access["'])/;

export function analyseCodexConfig(text: string): SettingsIssue[] {
  let config: Record<string, unknown>;
  try {
    config = parse(text) as Record<string, unknown>;
  } catch (error) {
    const line = error instanceof TomlError ? error.line : 1;
    return [{ issue: 'unparsable', line, evidence: clip(`invalid TOML: ${(error as Error).message.split('\n')[0] ?? ''}`) }];
  }
  const lines = text.split('\n');
  const issues: SettingsIssue[] = [];
  const servers = (config.mcp_servers ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, server] of Object.entries(servers)) {
    if (typeof server?.command !== 'string') continue;
    const args = Array.isArray(server.args) ? server.args.map(String) : [];
    issues.push({ issue: 'server', line: serverLine(lines, name), evidence: clip(`${name}: ${[server.command, ...args].join(' ')}`) });
  }
  if (Array.isArray(config.notify)) {
    issues.push({ issue: 'server', line: lineOf(lines, /^\s*notify\s*=/), evidence: clip(`notify: ${config.notify.join(' ')}`) });
  }
  // An empty attribution text removes Codex's trailer: the setting is there to hide the tool.
  const features = (config.features ?? {}) as Record<string, unknown>;
  if (config.commit_attribution === '' || features.commit_attribution === '') {
    issues.push({ issue: 'attribution-off', line: lineOf(lines, /^\s*commit_attribution\s*=/), evidence: 'commit_attribution = ""' });
  }
  lines.forEach((text, index) => {
    const unsafe = UNSAFE.exec(text);
    if (unsafe) issues.push({ issue: 'unsafe', line: index + 1, evidence: unsafe[1]! });
  });
  return issues;
}

/** The `command` line under [mcp_servers.NAME] (or the inline table's line). */
function serverLine(lines: string[], name: string): number {
  const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const header = lineOf(lines, new RegExp(`^\\s*\\[\\s*mcp_servers\\s*\\.\\s*["']?${quoted}["']?\\s*\\]`));
  const inline = new RegExp(`mcp_servers\\s*\\.\\s*["']?${quoted}["']?\\s*=|^\\s*["']?${quoted}["']?\\s*=\\s*\\{`);
  if (header === 0) return lineOf(lines, inline) || 1;
  for (let index = header; index < lines.length && !/^\s*\[/.test(lines[index]!); index++) {
    if (/^\s*command\s*=/.test(lines[index]!)) return index + 1;
  }
  return header;
}

function lineOf(lines: string[], pattern: RegExp): number {
  return lines.findIndex((line) => pattern.test(line)) + 1;
}
