// GitHub workflows, composite actions and .gitlab-ci.yml, read as YAML (flow mappings, quoted keys, block scalars,
// anchors and merge keys all come out as GitHub and GitLab read them): `uses:` of an agent's action (sub-paths and
// forks too), run steps and scripts that install or start an agent CLI, and container images named after one.
import { LineCounter, parseAllDocuments, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node as YamlNode } from 'yaml';
import { clip, type SettingsIssue } from './settings-issue.js';

export interface AgentSigns {
  tool: string;
  /** Repository names of the agent's actions, matched inside any owner's repository name (forks keep the name). */
  actionNames: string[];
  /** The vendor's own organisation: every action of it whose name starts so counts (claude-code-security-review). */
  owner: string;
  ownerPrefix: string;
  packages: string[];
  commands: string[];
  installScripts: RegExp[];
  images: RegExp[];
}

export const AGENTS: AgentSigns[] = [
  {
    tool: 'claude-code',
    actionNames: ['claude-code-action', 'claude-code-base-action'],
    owner: 'anthropics',
    ownerPrefix: 'claude-code',
    packages: ['@anthropic-ai/claude-code'],
    commands: ['claude'],
    installScripts: [/claude\.ai\/install\.(?:sh|ps1|cmd)\b/i],
    images: [/claude-code/i],
  },
  {
    tool: 'codex',
    actionNames: ['codex-action'],
    owner: 'openai',
    ownerPrefix: 'codex',
    packages: ['@openai/codex'],
    commands: ['codex'],
    installScripts: [],
    images: [],
  },
  {
    tool: 'gemini',
    actionNames: ['run-gemini-cli'],
    owner: 'google-github-actions',
    ownerPrefix: 'run-gemini',
    packages: ['@google/gemini-cli'],
    commands: ['gemini'],
    installScripts: [],
    images: [],
  },
];

const COMMAND_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'entrypoint', 'command', 'args']);
const IMAGE_KEYS = new Set(['image', 'container', 'services']);
/** Words that stand before the command they run. */
const WRAPPERS = new Set([
  ...['sudo', 'env', 'exec', 'time', 'nohup', 'command', 'builtin', 'xargs', 'timeout', 'npx', 'bunx', 'pnpx'],
  ...['then', 'do', 'else', 'if', 'while', 'until', '!'],
]);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const DURATION = /^\d+[smhd]?$/; // timeout 10m claude …
const TWO_WORD_WRAPPERS = new Set(['pnpm dlx', 'yarn dlx', 'npm exec', 'bun x']);

/** Every sign above and every engine name holds one of these words (test/unit/workflow-gate.test.ts checks it). */
export const AGENT_WORDS = ['claude', 'codex', 'gemini'];

// Inside double quotes YAML spells letters with \x, \u, \U escapes and joins the lines an escaped line break ends.
const LETTER_ESCAPE = /\\[xuU]/;
const ESCAPED_BREAK = /\\(?:\r\n|\r|\n)[ \t\r\n]*/g;

/** Whether the text can name an agent at all: most workflow versions in a history name none, and parsing is the cost. */
export function mayNameAgent(text: string): boolean {
  const lower = text.toLowerCase();
  if (AGENT_WORDS.some((word) => lower.includes(word)) || LETTER_ESCAPE.test(text)) return true;
  if (!lower.includes('\\')) return false;
  const joined = lower.replace(ESCAPED_BREAK, '');
  return AGENT_WORDS.some((word) => joined.includes(word));
}

export function analyseWorkflow(text: string, path = ''): SettingsIssue[] {
  if (!mayNameAgent(text)) return [];
  if (/\.md$/i.test(path)) return agenticWorkflow(text);
  const counter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false }) as Document.Parsed[];
  } catch {
    return lineScan(text);
  }
  // A file the parser refuses is still read line by line.
  if (!Array.isArray(documents) || documents.some((doc) => doc.errors.length > 0)) return lineScan(text);
  const lines = text.split('\n');
  const issues: SettingsIssue[] = [];
  for (const doc of documents) walk(doc, lines, counter, issues);
  return dedupe(issues);
}

export const ENGINES: Record<string, string> = { claude: 'claude-code', codex: 'codex', gemini: 'gemini' };

/**
 * A GitHub Agentic Workflow (.github/workflows/<name>.md): its frontmatter's `engine` (a name, or a map with `id`)
 * names the agent that runs it; its `steps` are read like a workflow's.
 */
function agenticWorkflow(text: string): SettingsIssue[] {
  const block = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!block) return [];
  const frontmatter = block[1]!;
  // Line 1 is the opening ---: the frontmatter's lines are the file's from the second on.
  const issues = analyseWorkflow(frontmatter).map((issue) => ({ ...issue, line: issue.line + 1 }));
  let engine: unknown;
  try {
    const data = parseAllDocuments(frontmatter, { uniqueKeys: false })[0]?.toJS({ maxAliasCount: 100 }) as
      Record<string, unknown> | undefined;
    engine = data?.engine;
  } catch {
    engine = /^engine[ \t]*:[ \t]*["']?([\w-]+)/m.exec(frontmatter)?.[1];
  }
  const id = typeof engine === 'string' ? engine : typeof engine === 'object' && engine ? (engine as { id?: unknown }).id : undefined;
  const tool = typeof id === 'string' ? ENGINES[id.trim().toLowerCase()] : undefined;
  if (tool) {
    const line = frontmatter.split('\n').findIndex((candidate) => /^engine[ \t]*:/.test(candidate)) + 2;
    issues.push({ issue: 'agentic-workflow', tool, line: Math.max(line, 2), evidence: clip(`engine: ${String(id)}`) });
  }
  return dedupe(issues);
}

/** Every node once (aliases resolved, so anchors and `<<` merges count; a node met twice is not read again). */
function walk(doc: Document.Parsed, lines: string[], counter: LineCounter, issues: SettingsIssue[]): void {
  const lineOf = (node: YamlNode): number => (node.range ? counter.linePos(node.range[0]).line : 1);
  const seen = new Set<YamlNode>();
  const stack: { node: unknown; key?: string }[] = [{ node: doc.contents }];
  while (stack.length > 0) {
    const { node: raw, key } = stack.pop()!;
    const node = isAlias(raw) ? raw.resolve(doc) : raw;
    if (!node || typeof node !== 'object' || seen.has(node as YamlNode)) continue;
    seen.add(node as YamlNode);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const pairKey = isScalar(pair.key) ? String(pair.key.value) : undefined;
        // `image: {name: …}` and `services: [{name: …}]` name an image too.
        const imageName = (pairKey === 'name' || pairKey === 'image') && key !== undefined && IMAGE_KEYS.has(key);
        stack.push({ node: pair.value, key: imageName ? key : (pairKey ?? key) });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, key });
    } else if (isScalar(node) && typeof node.value === 'string') {
      const line = lineOf(node);
      const end = node.range ? counter.linePos(node.range[1]).line : line;
      const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
      const at = (snippet: string): number => (block ? lineContaining(lines, line, end, snippet) : line);
      scalarIssues(node.value, key, at, issues);
    }
  }
}

function scalarIssues(value: string, key: string | undefined, at: (snippet: string) => number, issues: SettingsIssue[]): void {
  if (key === 'uses') return usesIssues(value.trim(), at, issues);
  if (key !== undefined && IMAGE_KEYS.has(key)) imageIssues(value.trim(), key, at, issues);
  textIssues(value, key !== undefined && COMMAND_KEYS.has(key), key ?? 'value', at, issues);
}

function usesIssues(uses: string, at: (snippet: string) => number, issues: SettingsIssue[]): void {
  if (/^docker:\/\//i.test(uses)) return imageIssues(uses.slice('docker://'.length), 'uses', at, issues);
  if (uses.startsWith('.')) return; // A local action: its action.yml is read on its own.
  const [owner = '', repo = ''] = (uses.split('@')[0] ?? '').toLowerCase().split('/');
  for (const agent of AGENTS) {
    const named = agent.actionNames.some((name) => repo.includes(name));
    const vendor = owner === agent.owner && repo.startsWith(agent.ownerPrefix);
    if (named || vendor) issues.push({ issue: 'action-workflow', tool: agent.tool, line: at(uses), evidence: clip(`uses: ${uses}`) });
  }
}

function imageIssues(image: string, key: string, at: (snippet: string) => number, issues: SettingsIssue[]): void {
  for (const agent of AGENTS) {
    if (!agent.images.some((pattern) => pattern.test(image))) continue;
    issues.push({ issue: 'ci-run-step', tool: agent.tool, line: at(image), evidence: clip(`${key}: ${image}`) });
  }
}

/** Package names and install scripts count in any value; a command name only where the value is a command. */
function textIssues(text: string, isCommand: boolean, key: string, at: (snippet: string) => number, issues: SettingsIssue[]): void {
  const lower = text.toLowerCase();
  for (const agent of AGENTS) {
    const hit =
      agent.packages.find((name) => lower.includes(name)) ??
      agent.installScripts.map((pattern) => pattern.exec(text)?.[0]).find((found) => found !== undefined) ??
      (isCommand ? commandWords(text).find((word) => agent.commands.includes(word)) : undefined);
    if (hit === undefined) continue;
    const line = text.split('\n').find((candidate) => candidate.toLowerCase().includes(hit.toLowerCase())) ?? text;
    issues.push({ issue: 'ci-run-step', tool: agent.tool, line: at(line.trim()), evidence: clip(`${key}: ${line.trim()}`) });
  }
}

/** The command each simple command of a shell script runs (assignments and wrappers such as sudo or npx skipped). */
export function commandWords(script: string): string[] {
  const words: string[] = [];
  const joined = script.replace(/\\\r?\n/g, ' ');
  for (const segment of joined.split(/\$\(|[\n;&|()`{}]/)) {
    const tokens = segment
      .trim()
      .split(/[ \t]+/)
      .filter((token) => token !== '');
    let index = 0;
    while (index < tokens.length) {
      const token = tokens[index]!;
      const pair = `${token} ${tokens[index + 1] ?? ''}`;
      if (TWO_WORD_WRAPPERS.has(pair)) index += 2;
      else if (WRAPPERS.has(token) || ASSIGNMENT.test(token) || (index > 0 && /^-/.test(token)) || DURATION.test(token)) index++;
      else break;
    }
    const word = tokens[index]?.replace(/^["']|["']$/g, '');
    if (word) words.push(word.slice(word.lastIndexOf('/') + 1).toLowerCase());
  }
  return words;
}

/** The line of a block scalar's content that holds the snippet (the key's line when none does). */
function lineContaining(lines: string[], from: number, to: number, snippet: string): number {
  const probe = snippet.slice(0, 60);
  for (let index = from - 1; index < lines.length && index < to; index++) {
    if (lines[index]!.includes(probe)) return index + 1;
  }
  return from;
}

const COMMAND_KEY = /^[ \t]*(?:-[ \t]*)?(?:["']?(?:run|script|before_script|after_script)["']?[ \t]*:[ \t]*[|>]?[-+]?)?/;

/** A file the YAML parser refuses is still read line by line: what a lenient reader runs must not pass unseen. */
function lineScan(text: string): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  text.split('\n').forEach((line, index) => {
    const content = line.replace(/(?:^|[ \t])#.*$/, '');
    const at = (): number => index + 1;
    const uses = /\buses["']?[ \t]*:[ \t]*["']?([^\s"',}\]]+)/.exec(content);
    if (uses) usesIssues(uses[1]!, at, issues);
    const image = /\bimage["']?[ \t]*:[ \t]*["']?([^\s"',}\]]+)/.exec(content);
    if (image) imageIssues(image[1]!, 'image', at, issues);
    const command = content.replace(COMMAND_KEY, '');
    textIssues(command, true, 'line', at, issues);
  });
  return dedupe(issues);
}

function dedupe(issues: SettingsIssue[]): SettingsIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.tool}\0${issue.issue}\0${issue.line}\0${issue.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
