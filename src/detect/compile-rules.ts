import type { Kind, PathKeys, Rule } from '../types.js';
import { escapeRegex } from '../util/escape-regex.js';
import { pathKeysSource } from '../util/path-keys-source.js';
import { backtrackingPattern, type TextPattern } from './text-pattern.js';
import { keywordIndex, type KeywordIndex } from './keyword-hits.js';

export interface CompiledRule {
  rule: Rule;
  /** The rule's pattern, on the engine its origin calls for (see text-pattern.ts). */
  regex?: TextPattern;
  pathRegexes: RegExp[];
  excludePathRegexes: RegExp[];
  /** Lower-case literals; the pattern is tried only when one occurs. */
  keywords: string[];
  /** The keywords' ids in their kind's keyword index. */
  keywordIds: number[];
}

export interface Matchers {
  rules: Map<string, CompiledRule>;
  byKind: Map<Kind, CompiledRule[]>;
  /** Path rules indexed by a literal path segment each glob needs (exact name, or a 3-letter prefix), lower-cased. */
  pathBySegment: Map<string, CompiledRule[]>;
  pathByPrefix: Map<string, { prefix: string; rule: CompiledRule }[]>;
  pathAlways: CompiledRule[];
  /**
   * One expression of every index key, over the lower-cased path: a path that misses it has no candidate rule (no
   * segment is cut out). Built once this many paths were looked up: for a commit's few, compiling it costs more.
   */
  pathKeys: { expression?: RegExp; lookups: number };
  /** One expression of every keyword of a kind's rules: a subject that misses it skips that kind. */
  prefilter: Map<Kind, RegExp | null>;
  /** Every keyword of a kind's rules, to learn in one search which of them a text holds (see keywordIndexFor). */
  keywordIndexes: Map<Kind, KeywordIndex | undefined>;
  /** The literal words git grep looks for in file contents. */
  contentKeywords: string[];
}

const GLOB_CHARS = /[*?[\]{}()!+@]/;

// Paths match whatever their letter case: macOS and Windows open .Claude/Settings.json or claude.md as the real file.
// s: a glob's "any character" is a regex dot, and a folder name may hold a newline.
const PATH_FLAGS = 'is';

/** `patterns` holds patterns compiled elsewhere (custom rules, on the linear-time engine), by rule id. */
export function compileRules(rules: Rule[], patterns: ReadonlyMap<string, TextPattern> = new Map()): Matchers {
  const matchers: Matchers = {
    rules: new Map(),
    byKind: new Map(),
    pathBySegment: new Map(),
    pathByPrefix: new Map(),
    pathAlways: [],
    pathKeys: { lookups: 0 },
    prefilter: new Map(),
    keywordIndexes: new Map(),
    contentKeywords: [],
  };
  for (const rule of rules) {
    const compiled = {
      rule,
      regex: rule.pattern === undefined ? undefined : (patterns.get(rule.id) ?? backtrackingPattern(rule.pattern, regexFlags(rule.flags))),
      keywords: (rule.keywords ?? []).map((keyword) => keyword.toLowerCase()),
      keywordIds: [],
    } as unknown as CompiledRule;
    // Most path rules never meet a path with their index key: their expressions are built on first use.
    const pathExpressions = (sources: string[]): RegExp[] => sources.map((source) => new RegExp(source, PATH_FLAGS));
    lazily(compiled, 'pathRegexes', () => pathExpressions(pathRegexSources(rule.pathRegex, rule.paths)));
    lazily(compiled, 'excludePathRegexes', () => pathExpressions(pathRegexSources(rule.excludePathRegex, rule.excludePaths)));
    matchers.rules.set(rule.id, compiled);
    const list = matchers.byKind.get(rule.kind) ?? [];
    list.push(compiled);
    matchers.byKind.set(rule.kind, list);
    if (rule.kind === 'path' || rule.kind === 'settings') indexPathRule(matchers, compiled);
  }
  for (const [kind, list] of matchers.byKind) {
    // A rule without keywords must always be tried, so its kind gets no prefilter.
    const patterned = list.filter((compiled) => compiled.regex);
    const everyHasKeywords = patterned.every((compiled) => compiled.keywords.length > 0);
    const words = [...new Set(patterned.flatMap((compiled) => compiled.keywords))];
    matchers.prefilter.set(kind, everyHasKeywords && words.length > 0 ? new RegExp(words.map(escapeRegex).join('|'), 'i') : null);
    if (kind === 'content') matchers.contentKeywords = words;
  }
  return matchers;
}

/**
 * The kind's keyword index, made on first use with each rule's keyword ids: a hook or a tree meets few kinds, and
 * making every kind's index took about 2 ms of each run. Until then a rule's ids are empty, which reads as "no
 * keyword needed": its pattern would be tried, never skipped.
 */
export function keywordIndexFor(matchers: Matchers, kind: Kind): KeywordIndex | undefined {
  if (matchers.keywordIndexes.has(kind)) return matchers.keywordIndexes.get(kind);
  const list = matchers.byKind.get(kind) ?? [];
  const all = list.flatMap((compiled) => compiled.keywords);
  const index = all.length === 0 ? undefined : keywordIndex(all);
  matchers.keywordIndexes.set(kind, index);
  if (index) for (const compiled of list) compiled.keywordIds = compiled.keywords.map((keyword) => index.words.indexOf(keyword));
  return index;
}

function lazily<K extends 'pathRegexes' | 'excludePathRegexes'>(target: CompiledRule, key: K, make: () => CompiledRule[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false });
      return value;
    },
  });
}

/** The words git grep looks for, as compileRules lists them in contentKeywords: known before any rule is compiled. */
export function contentKeywordsOf(rules: readonly Rule[]): string[] {
  const patterned = rules.filter((rule) => rule.kind === 'content' && rule.pattern !== undefined);
  return [...new Set(patterned.flatMap((rule) => (rule.keywords ?? []).map((keyword) => keyword.toLowerCase())))];
}

export function regexFlags(flags: string | undefined): string {
  const extra = flags ?? '';
  const base = extra.includes('-i') ? 'gm' : 'gim';
  return [...new Set((base + extra.replace('-i', '')).split(''))].join('');
}

function pathRegexSources(compiled: string[] | undefined, globs: string[] | undefined): string[] {
  if (compiled) return compiled;
  // Custom rules arrive with globs only; built-in ones were compiled at build time.
  return (globs ?? []).map((glob) => globToRegexSource(glob));
}

let micromatchModule: typeof import('micromatch') | undefined;
export function setGlobCompiler(module: typeof import('micromatch')): void {
  micromatchModule = module;
}

function globToRegexSource(glob: string): string {
  if (!micromatchModule) throw new Error(`glob compiler not loaded for ${glob}`);
  return micromatchModule.makeRe(glob, { dot: true }).source;
}

function indexPathRule(matchers: Matchers, compiled: CompiledRule): void {
  for (const glob of compiled.rule.paths ?? []) {
    const segments = glob.split('/').filter((segment) => segment !== '' && segment !== '**');
    const literal = [...segments].reverse().find((segment) => !GLOB_CHARS.test(segment));
    if (literal) {
      addTo(matchers.pathBySegment, literal.toLowerCase(), compiled);
      continue;
    }
    const prefixed = segments.map((segment) => (segment.split(GLOB_CHARS)[0] ?? '').toLowerCase()).find((prefix) => prefix.length >= 3);
    if (prefixed) {
      const key = prefixed.slice(0, 3);
      const list = matchers.pathByPrefix.get(key) ?? [];
      if (!list.some((entry) => entry.rule === compiled && entry.prefix === prefixed)) list.push({ prefix: prefixed, rule: compiled });
      matchers.pathByPrefix.set(key, list);
      continue;
    }
    if (!matchers.pathAlways.includes(compiled)) matchers.pathAlways.push(compiled);
  }
}

function addTo(map: Map<string, CompiledRule[]>, key: string, compiled: CompiledRule): void {
  const list = map.get(key) ?? [];
  if (!list.includes(compiled)) list.push(compiled);
  map.set(key, list);
}

export function matchesPath(compiled: CompiledRule, path: string): boolean {
  return compiled.pathRegexes.some((regex) => regex.test(path)) && !compiled.excludePathRegexes.some((regex) => regex.test(path));
}

/**
 * Below this many paths, looking each segment up costs less than compiling the keys' expression: with the `i` flag it
 * took 1.8 ms to compile and 0.15 ms a path at first, most of a small commit's path matching.
 */
const PATH_KEYS_AFTER = 64;

/** Path rules whose index keys occur in the (lower-cased) path: the only ones worth testing. */
function pathKeyExpression(matchers: Matchers): RegExp {
  return pathKeyExpressionOf(matchers, () => true, 's');
}

/** The same expression for the index keys of some rules only (settings analysis asks for its own). */
export function pathKeyExpressionOf(matchers: Matchers, include: (compiled: CompiledRule) => boolean, flags = PATH_FLAGS): RegExp {
  const source = pathKeysSource(keysOf(matchers, include), '(?:^|/)', '(?:/|$)');
  return source === undefined ? /(?!)/ : new RegExp(source, flags);
}

/**
 * The index keys as data: every path a rule may match holds one of the exact segments or a segment that starts with
 * one of the prefixes (lower-cased). Undefined when some rule has no literal segment, so that any path may match.
 */
export function pathKeysOf(matchers: Matchers): PathKeys | undefined {
  return matchers.pathAlways.length > 0 ? undefined : keysOf(matchers, () => true);
}

function keysOf(matchers: Matchers, include: (compiled: CompiledRule) => boolean): PathKeys {
  const exact = [...matchers.pathBySegment].filter(([, rules]) => rules.some(include)).map(([key]) => key);
  const prefixes = [...matchers.pathByPrefix.values()].flatMap((entries) => entries.filter((entry) => include(entry.rule)));
  return { exact, prefixes: [...new Set(prefixes.map((entry) => entry.prefix))] };
}

export function pathCandidates(matchers: Matchers, path: string): ReadonlySet<CompiledRule> {
  const lower = path.toLowerCase();
  if (matchers.pathAlways.length === 0 && !mayHoldPathKey(matchers, lower)) return NO_CANDIDATES;
  // Most paths match no index key: the set is made only for the first candidate (one per path adds up in history).
  let candidates: Set<CompiledRule> | undefined = matchers.pathAlways.length > 0 ? new Set(matchers.pathAlways) : undefined;
  for (let start = 0; start <= lower.length;) {
    let end = lower.indexOf('/', start);
    if (end === -1) end = lower.length;
    const segment = lower.slice(start, end);
    start = end + 1;
    const exact = matchers.pathBySegment.get(segment);
    if (exact) for (const compiled of exact) (candidates ??= new Set()).add(compiled);
    const prefixed = segment.length >= 3 ? matchers.pathByPrefix.get(segment.slice(0, 3)) : undefined;
    if (prefixed) for (const entry of prefixed) if (segment.startsWith(entry.prefix)) (candidates ??= new Set()).add(entry.rule);
  }
  return candidates ?? NO_CANDIDATES;
}

const NO_CANDIDATES: ReadonlySet<CompiledRule> = new Set();

/** False only when no index key occurs in the lower-cased path; true, unchecked, for the first paths looked up. */
function mayHoldPathKey(matchers: Matchers, lower: string): boolean {
  const keys = matchers.pathKeys;
  if (keys.lookups < PATH_KEYS_AFTER) {
    keys.lookups += 1;
    return true;
  }
  keys.expression ??= pathKeyExpression(matchers);
  return keys.expression.test(lower);
}
