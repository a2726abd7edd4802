import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { r as require_dist } from './chunk7.js';
import { _ as __toESM, c as clip, R as RISKY_PERMISSION_MODES, B as BROAD_TOOL, H as HOOK_ACTION_KEYS } from './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/frontmatter.ts
var import_yaml = __toESM(require_dist(), 1);
var INLINE_SHELL = /(?:^|\s)!`([^`\n]+)`/;
function analyseFrontmatter(text) {
  const issues = [];
  const block = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const bodyStart = block ? block[0].split("\n").length - (block[0].endsWith("\n") ? 1 : 0) : 0;
  if (block) issues.push(...frontmatterIssues(block[1]));
  text.split("\n").forEach((line, index) => {
    if (index < bodyStart) return;
    const shell = INLINE_SHELL.exec(line);
    if (shell) issues.push({ issue: "inline-shell", line: index + 1, evidence: clip(`!\`${shell[1]}\``) });
  });
  return issues;
}
function quotePlainScalars(yamlText) {
  const plainWithColon = /^([A-Za-z_][\w-]*):[ \t]+(?![ \t"'|>[{&*!#])(.*:[ \t].*)$/gm;
  return yamlText.replace(plainWithColon, (_line, key, value) => `${key}: ${JSON.stringify(value.trimEnd())}`);
}
function parseFrontmatter(yamlText, counter) {
  const doc = (0, import_yaml.parseDocument)(yamlText, { lineCounter: counter, uniqueKeys: false });
  if (doc.errors.length === 0) return doc;
  const relaxed = quotePlainScalars(yamlText);
  if (relaxed === yamlText) return doc;
  const retry = new import_yaml.LineCounter();
  const second = (0, import_yaml.parseDocument)(relaxed, { lineCounter: retry, uniqueKeys: false });
  if (second.errors.length > 0) return doc;
  Object.assign(counter, retry);
  return second;
}
function frontmatterIssues(yamlText) {
  const counter = new import_yaml.LineCounter();
  const doc = parseFrontmatter(yamlText, counter);
  const lineOf = (node) => {
    const range = node?.range ?? node?.key?.range;
    return range ? counter.linePos(range[0]).line + 1 : 2;
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    return [{ issue: "unparsable", line, evidence: clip(`invalid YAML: ${error.message.split("\n")[0] ?? ""}`) }];
  }
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return [];
  const issues = [];
  for (const pair of root.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const value = pair.value;
    if (key === "hooks") issues.push(...hookCommands(value, lineOf));
    if (key === "permissionMode" && (0, import_yaml.isScalar)(value) && RISKY_PERMISSION_MODES.has(String(value.value))) {
      issues.push({ issue: "permission-mode", line: lineOf(pair.key), evidence: `permissionMode: ${String(value.value)}` });
    }
    if (key === "mcpServers") {
      const servers = (0, import_yaml.isMap)(value) ? value.items : (0, import_yaml.isSeq)(value) ? value.items.flatMap((item) => (0, import_yaml.isMap)(item) ? item.items : []) : [];
      for (const server of servers) {
        const command = (0, import_yaml.isMap)(server.value) ? server.value.get("command") : void 0;
        if (typeof command === "string")
          issues.push({
            issue: "mcp-servers",
            line: lineOf(server.key),
            evidence: clip(`${String(server.key?.value ?? "")}: ${command}`)
          });
      }
    }
    if (key === "allowed-tools" || key === "tools") {
      const listed = (0, import_yaml.isSeq)(value) ? value.items.map((item) => String((0, import_yaml.isScalar)(item) ? item.value : "")) : [];
      const tools = (0, import_yaml.isScalar)(value) ? String(value.value).split(/,\s*|\s+(?![^(]*\))/) : listed;
      for (const tool of tools) {
        if (BROAD_TOOL.test(tool.trim()))
          issues.push({
            issue: "tools",
            line: lineOf(pair.key),
            evidence: `${key}: ${tool.trim()}`
          });
      }
    }
  }
  return issues;
}
function hookCommands(hooks, lineOf) {
  const issues = [];
  if (!(0, import_yaml.isMap)(hooks)) return issues;
  for (const event of hooks.items) {
    const groups = (0, import_yaml.isSeq)(event.value) ? event.value.items : [];
    for (const group of groups) {
      const inner = (0, import_yaml.isMap)(group) ? group.get("hooks", true) : void 0;
      for (const hook of (0, import_yaml.isSeq)(inner) ? inner.items : []) {
        if (!(0, import_yaml.isMap)(hook)) continue;
        const type = hook.get("type");
        const keys = typeof type === "string" && Object.hasOwn(HOOK_ACTION_KEYS, type) ? HOOK_ACTION_KEYS[type] : ["command"];
        const action = keys.map((key) => hook.get(key, true)).find((node) => (0, import_yaml.isScalar)(node));
        if (!(0, import_yaml.isScalar)(action)) continue;
        const label = type === void 0 || type === "command" ? "" : `${String(type)} `;
        issues.push({
          issue: "hooks",
          line: lineOf(action),
          evidence: clip(`${String(event.key.value)}: ${label}${String(action.value)}`)
        });
      }
    }
  }
  return issues;
}

export { analyseFrontmatter };
