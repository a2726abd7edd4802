// Agent, skill and command files of Claude Code: YAML frontmatter (hooks, permissionMode, mcpServers, tools)
// and the inline shell a skill or command runs when it loads (!`cmd`).
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import { clip, type SettingsIssue } from './settings-issue.js';
import { BROAD_TOOL, HOOK_ACTION_KEYS, RISKY_PERMISSION_MODES } from './agent-settings.js';

const INLINE_SHELL = /(?:^|\s)!`([^`\n]+)`/;

export function analyseFrontmatter(text: string): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const block = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const bodyStart = block ? block[0].split('\n').length - (block[0].endsWith('\n') ? 1 : 0) : 0;
  if (block) issues.push(...frontmatterIssues(block[1]!));
  text.split('\n').forEach((line, index) => {
    if (index < bodyStart) return;
    const shell = INLINE_SHELL.exec(line);
    if (shell) issues.push({ issue: 'inline-shell', line: index + 1, evidence: clip(`!\`${shell[1]}\``) });
  });
  return issues;
}

/**
 * The /agents generator writes a plain-scalar description holding `user: '…'` turns, which strict YAML rejects
 * and Claude Code reads. Such top-level values are read as the strings they are; nothing else is relaxed.
 */
function quotePlainScalars(yamlText: string): string {
  // The blank run before the value cannot end early (the value starts with no blank): linear on hostile lines.
  const plainWithColon = /^([A-Za-z_][\w-]*):[ \t]+(?![ \t"'|>[{&*!#])(.*:[ \t].*)$/gm;
  return yamlText.replace(plainWithColon, (_line, key: string, value: string) => `${key}: ${JSON.stringify(value.trimEnd())}`);
}

function parseFrontmatter(yamlText: string, counter: LineCounter) {
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: false });
  if (doc.errors.length === 0) return doc;
  const relaxed = quotePlainScalars(yamlText);
  if (relaxed === yamlText) return doc;
  const retry = new LineCounter();
  const second = parseDocument(relaxed, { lineCounter: retry, uniqueKeys: false });
  if (second.errors.length > 0) return doc;
  // Quoting keeps every line where it was: the second counter's lines are the first's.
  Object.assign(counter, retry);
  return second;
}

function frontmatterIssues(yamlText: string): SettingsIssue[] {
  const counter = new LineCounter();
  const doc = parseFrontmatter(yamlText, counter);
  // Line 1 is the opening ---, so the frontmatter's first line is the file's second.
  const lineOf = (node: YamlNode | Pair | null | undefined): number => {
    const range = (node as YamlNode | undefined)?.range ?? ((node as Pair | undefined)?.key as YamlNode | undefined)?.range;
    return range ? counter.linePos(range[0]).line + 1 : 2;
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    return [{ issue: 'unparsable', line, evidence: clip(`invalid YAML: ${error.message.split('\n')[0] ?? ''}`) }];
  }
  const root = doc.contents;
  if (!isMap(root)) return [];
  const issues: SettingsIssue[] = [];
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (key === 'hooks') issues.push(...hookCommands(value, lineOf));
    if (key === 'permissionMode' && isScalar(value) && RISKY_PERMISSION_MODES.has(String(value.value))) {
      issues.push({ issue: 'permission-mode', line: lineOf(pair.key as YamlNode), evidence: `permissionMode: ${String(value.value)}` });
    }
    if (key === 'mcpServers') {
      const servers = isMap(value) ? value.items : isSeq(value) ? value.items.flatMap((item) => (isMap(item) ? item.items : [])) : [];
      for (const server of servers) {
        const command = isMap(server.value) ? server.value.get('command') : undefined;
        if (typeof command === 'string')
          issues.push({
            issue: 'mcp-servers',
            line: lineOf(server.key as YamlNode),
            evidence: clip(`${String((server.key as { value?: unknown })?.value ?? '')}: ${command}`),
          });
      }
    }
    if (key === 'allowed-tools' || key === 'tools') {
      const listed = isSeq(value) ? value.items.map((item) => String(isScalar(item) ? item.value : '')) : [];
      const tools = isScalar(value) ? String(value.value).split(/,\s*|\s+(?![^(]*\))/) : listed;
      for (const tool of tools) {
        if (BROAD_TOOL.test(tool.trim()))
          issues.push({
            issue: 'tools',
            line: lineOf(pair.key as YamlNode),
            evidence: `${key}: ${tool.trim()}`,
          });
      }
    }
  }
  return issues;
}

function hookCommands(hooks: YamlNode | null, lineOf: (node: YamlNode | null | undefined) => number): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  if (!isMap(hooks)) return issues;
  for (const event of hooks.items) {
    const groups = isSeq(event.value) ? event.value.items : [];
    for (const group of groups) {
      const inner = isMap(group) ? group.get('hooks', true) : undefined;
      for (const hook of isSeq(inner) ? inner.items : []) {
        if (!isMap(hook)) continue;
        const type = hook.get('type');
        const keys = typeof type === 'string' && Object.hasOwn(HOOK_ACTION_KEYS, type) ? HOOK_ACTION_KEYS[type]! : ['command'];
        const action = keys.map((key) => hook.get(key, true)).find((node) => isScalar(node));
        if (!isScalar(action)) continue;
        const label = type === undefined || type === 'command' ? '' : `${String(type)} `;
        issues.push({
          issue: 'hooks',
          line: lineOf(action),
          evidence: clip(`${String((event.key as { value?: unknown }).value)}: ${label}${String(action.value)}`),
        });
      }
    }
  }
  return issues;
}
