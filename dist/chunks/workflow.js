import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { r as require_dist } from './chunk7.js';
import { _ as __toESM, c as clip } from './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/workflow.ts
var import_yaml = __toESM(require_dist(), 1);
var AGENTS = [
  {
    tool: "claude-code",
    actionNames: ["claude-code-action", "claude-code-base-action"],
    owner: "anthropics",
    ownerPrefix: "claude-code",
    packages: ["@anthropic-ai/claude-code"],
    commands: ["claude"],
    installScripts: [/claude\.ai\/install\.(?:sh|ps1|cmd)\b/i],
    images: [/claude-code/i]
  },
  {
    tool: "codex",
    actionNames: ["codex-action"],
    owner: "openai",
    ownerPrefix: "codex",
    packages: ["@openai/codex"],
    commands: ["codex"],
    installScripts: [],
    images: []
  },
  {
    tool: "gemini",
    actionNames: ["run-gemini-cli"],
    owner: "google-github-actions",
    ownerPrefix: "run-gemini",
    packages: ["@google/gemini-cli"],
    commands: ["gemini"],
    installScripts: [],
    images: []
  }
];
var COMMAND_KEYS = /* @__PURE__ */ new Set(["run", "script", "before_script", "after_script", "entrypoint", "command", "args"]);
var IMAGE_KEYS = /* @__PURE__ */ new Set(["image", "container", "services"]);
var WRAPPERS = /* @__PURE__ */ new Set([
  ...["sudo", "env", "exec", "time", "nohup", "command", "builtin", "xargs", "timeout", "npx", "bunx", "pnpx"],
  ...["then", "do", "else", "if", "while", "until", "!"]
]);
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
var DURATION = /^\d+[smhd]?$/;
var TWO_WORD_WRAPPERS = /* @__PURE__ */ new Set(["pnpm dlx", "yarn dlx", "npm exec", "bun x"]);
var AGENT_WORDS = ["claude", "codex", "gemini"];
var LETTER_ESCAPE = /\\[xuU]/;
var ESCAPED_BREAK = /\\(?:\r\n|\r|\n)[ \t\r\n]*/g;
function mayNameAgent(text) {
  const lower = text.toLowerCase();
  if (AGENT_WORDS.some((word) => lower.includes(word)) || LETTER_ESCAPE.test(text)) return true;
  if (!lower.includes("\\")) return false;
  const joined = lower.replace(ESCAPED_BREAK, "");
  return AGENT_WORDS.some((word) => joined.includes(word));
}
function analyseWorkflow(text, path = "") {
  if (!mayNameAgent(text)) return [];
  if (/\.md$/i.test(path)) return agenticWorkflow(text);
  const counter = new import_yaml.LineCounter();
  let documents;
  try {
    documents = (0, import_yaml.parseAllDocuments)(text, { lineCounter: counter, uniqueKeys: false });
  } catch {
    return lineScan(text);
  }
  if (!Array.isArray(documents) || documents.some((doc) => doc.errors.length > 0)) return lineScan(text);
  const lines = text.split("\n");
  const issues = [];
  for (const doc of documents) walk(doc, lines, counter, issues);
  return dedupe(issues);
}
var ENGINES = { claude: "claude-code", codex: "codex", gemini: "gemini" };
function agenticWorkflow(text) {
  const block = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!block) return [];
  const frontmatter = block[1];
  const issues = analyseWorkflow(frontmatter).map((issue) => ({ ...issue, line: issue.line + 1 }));
  let engine;
  try {
    const data = (0, import_yaml.parseAllDocuments)(frontmatter, { uniqueKeys: false })[0]?.toJS({ maxAliasCount: 100 });
    engine = data?.engine;
  } catch {
    engine = /^engine[ \t]*:[ \t]*["']?([\w-]+)/m.exec(frontmatter)?.[1];
  }
  const id = typeof engine === "string" ? engine : typeof engine === "object" && engine ? engine.id : void 0;
  const tool = typeof id === "string" ? ENGINES[id.trim().toLowerCase()] : void 0;
  if (tool) {
    const line = frontmatter.split("\n").findIndex((candidate) => /^engine[ \t]*:/.test(candidate)) + 2;
    issues.push({ issue: "agentic-workflow", tool, line: Math.max(line, 2), evidence: clip(`engine: ${String(id)}`) });
  }
  return dedupe(issues);
}
function walk(doc, lines, counter, issues) {
  const lineOf = (node) => node.range ? counter.linePos(node.range[0]).line : 1;
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ node: doc.contents }];
  while (stack.length > 0) {
    const { node: raw, key } = stack.pop();
    const node = (0, import_yaml.isAlias)(raw) ? raw.resolve(doc) : raw;
    if (!node || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        if (!(0, import_yaml.isPair)(pair)) continue;
        const pairKey = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
        const imageName = (pairKey === "name" || pairKey === "image") && key !== void 0 && IMAGE_KEYS.has(key);
        stack.push({ node: pair.value, key: imageName ? key : pairKey ?? key });
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push({ node: item, key });
    } else if ((0, import_yaml.isScalar)(node) && typeof node.value === "string") {
      const line = lineOf(node);
      const end = node.range ? counter.linePos(node.range[1]).line : line;
      const block = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED";
      const at = (snippet) => block ? lineContaining(lines, line, end, snippet) : line;
      scalarIssues(node.value, key, at, issues);
    }
  }
}
function scalarIssues(value, key, at, issues) {
  if (key === "uses") return usesIssues(value.trim(), at, issues);
  if (key !== void 0 && IMAGE_KEYS.has(key)) imageIssues(value.trim(), key, at, issues);
  textIssues(value, key !== void 0 && COMMAND_KEYS.has(key), key ?? "value", at, issues);
}
function usesIssues(uses, at, issues) {
  if (/^docker:\/\//i.test(uses)) return imageIssues(uses.slice("docker://".length), "uses", at, issues);
  if (uses.startsWith(".")) return;
  const [owner = "", repo = ""] = (uses.split("@")[0] ?? "").toLowerCase().split("/");
  for (const agent of AGENTS) {
    const named = agent.actionNames.some((name) => repo.includes(name));
    const vendor = owner === agent.owner && repo.startsWith(agent.ownerPrefix);
    if (named || vendor) issues.push({ issue: "action-workflow", tool: agent.tool, line: at(uses), evidence: clip(`uses: ${uses}`) });
  }
}
function imageIssues(image, key, at, issues) {
  for (const agent of AGENTS) {
    if (!agent.images.some((pattern) => pattern.test(image))) continue;
    issues.push({ issue: "ci-run-step", tool: agent.tool, line: at(image), evidence: clip(`${key}: ${image}`) });
  }
}
function textIssues(text, isCommand, key, at, issues) {
  const lower = text.toLowerCase();
  for (const agent of AGENTS) {
    const hit = agent.packages.find((name) => lower.includes(name)) ?? agent.installScripts.map((pattern) => pattern.exec(text)?.[0]).find((found) => found !== void 0) ?? (isCommand ? commandWords(text).find((word) => agent.commands.includes(word)) : void 0);
    if (hit === void 0) continue;
    const line = text.split("\n").find((candidate) => candidate.toLowerCase().includes(hit.toLowerCase())) ?? text;
    issues.push({ issue: "ci-run-step", tool: agent.tool, line: at(line.trim()), evidence: clip(`${key}: ${line.trim()}`) });
  }
}
function commandWords(script) {
  const words = [];
  const joined = script.replace(/\\\r?\n/g, " ");
  for (const segment of joined.split(/\$\(|[\n;&|()`{}]/)) {
    const tokens = segment.trim().split(/[ \t]+/).filter((token) => token !== "");
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index];
      const pair = `${token} ${tokens[index + 1] ?? ""}`;
      if (TWO_WORD_WRAPPERS.has(pair)) index += 2;
      else if (WRAPPERS.has(token) || ASSIGNMENT.test(token) || index > 0 && /^-/.test(token) || DURATION.test(token)) index++;
      else break;
    }
    const word = tokens[index]?.replace(/^["']|["']$/g, "");
    if (word) words.push(word.slice(word.lastIndexOf("/") + 1).toLowerCase());
  }
  return words;
}
function lineContaining(lines, from, to, snippet) {
  const probe = snippet.slice(0, 60);
  for (let index = from - 1; index < lines.length && index < to; index++) {
    if (lines[index].includes(probe)) return index + 1;
  }
  return from;
}
var COMMAND_KEY = /^[ \t]*(?:-[ \t]*)?(?:["']?(?:run|script|before_script|after_script)["']?[ \t]*:[ \t]*[|>]?[-+]?)?/;
function lineScan(text) {
  const issues = [];
  text.split("\n").forEach((line, index) => {
    const content = line.replace(/(?:^|[ \t])#.*$/, "");
    const at = () => index + 1;
    const uses = /\buses["']?[ \t]*:[ \t]*["']?([^\s"',}\]]+)/.exec(content);
    if (uses) usesIssues(uses[1], at, issues);
    const image = /\bimage["']?[ \t]*:[ \t]*["']?([^\s"',}\]]+)/.exec(content);
    if (image) imageIssues(image[1], "image", at, issues);
    const command = content.replace(COMMAND_KEY, "");
    textIssues(command, true, "line", at, issues);
  });
  return dedupe(issues);
}
function dedupe(issues) {
  const seen = /* @__PURE__ */ new Set();
  return issues.filter((issue) => {
    const key = `${issue.tool}\0${issue.issue}\0${issue.line}\0${issue.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { AGENTS, AGENT_WORDS, ENGINES, analyseWorkflow, commandWords, mayNameAgent };
