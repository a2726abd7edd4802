import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  escapeRegex
} from "./chunk-3A7CYMZE.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/detect/text-pattern.ts
function backtrackingPattern(source, flags) {
  let regex;
  const compiled = () => regex ??= new RegExp(source, flags.includes("g") ? flags : `${flags}g`);
  return {
    test(text) {
      const expression = compiled();
      expression.lastIndex = 0;
      return expression.test(text);
    },
    *matchAll(text) {
      for (const match of text.matchAll(compiled())) yield { index: match.index ?? 0, text: match[0] };
    }
  };
}
var re2Module;
async function loadLinearEngine() {
  re2Module ??= await import("./re2js-UIK4EDGD.js");
}
function linearPattern(source, flags, label) {
  if (!re2Module) throw new Error("linear engine not loaded: await loadLinearEngine() first");
  const { RE2JS } = re2Module;
  let bits = RE2JS.LOOKBEHINDS;
  if (flags.includes("i")) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes("m")) bits |= RE2JS.MULTILINE;
  if (flags.includes("s")) bits |= RE2JS.DOTALL;
  let re;
  try {
    re = RE2JS.compile(RE2JS.translateRegExp(source), bits);
  } catch (error) {
    const reason = error.message.split("\n")[0] ?? "";
    throw new UsageError(`${label}: pattern cannot run in linear time (custom rules may not use backreferences or lookahead): ${reason}`);
  }
  return {
    test: (text) => re.test(text),
    *matchAll(text) {
      if (!re.test(text)) return;
      for (const match of re.matchAll(text)) yield { index: match.index ?? 0, text: match[0] };
    }
  };
}

// src/detect/keyword-hits.ts
function keywordIndex(words) {
  const unique = [...new Set(words)];
  const longestFirst = [...unique].sort((a, b) => b.length - a.length);
  const prefixIds = /* @__PURE__ */ new Map();
  for (const word of unique)
    prefixIds.set(
      word,
      unique.flatMap((other, id) => word.startsWith(other) ? [id] : [])
    );
  return { words: unique, finder: new RegExp(longestFirst.map(escapeRegex).join("|"), "g"), prefixIds };
}
function keywordHits(index, lower) {
  const { finder } = index;
  let hits;
  finder.lastIndex = 0;
  for (let match = finder.exec(lower); match; match = finder.exec(lower)) {
    hits ??= new Uint8Array(index.words.length);
    for (const id of index.prefixIds.get(match[0])) hits[id] = 1;
    finder.lastIndex = match.index + 1;
  }
  return hits;
}

// src/detect/compile-rules.ts
var GLOB_CHARS = /[*?[\]{}()!+@]/;
var PATH_FLAGS = "is";
function compileRules(rules, patterns = /* @__PURE__ */ new Map()) {
  const matchers = {
    rules: /* @__PURE__ */ new Map(),
    byKind: /* @__PURE__ */ new Map(),
    pathBySegment: /* @__PURE__ */ new Map(),
    pathByPrefix: /* @__PURE__ */ new Map(),
    pathAlways: [],
    prefilter: /* @__PURE__ */ new Map(),
    keywordIndexes: /* @__PURE__ */ new Map(),
    contentKeywords: []
  };
  for (const rule of rules) {
    const compiled = {
      rule,
      regex: rule.pattern === void 0 ? void 0 : patterns.get(rule.id) ?? backtrackingPattern(rule.pattern, regexFlags(rule.flags)),
      keywords: (rule.keywords ?? []).map((keyword) => keyword.toLowerCase()),
      keywordIds: []
    };
    const pathExpressions = (sources) => sources.map((source) => new RegExp(source, PATH_FLAGS));
    lazily(compiled, "pathRegexes", () => pathExpressions(pathRegexSources(rule.pathRegex, rule.paths)));
    lazily(compiled, "excludePathRegexes", () => pathExpressions(pathRegexSources(rule.excludePathRegex, rule.excludePaths)));
    matchers.rules.set(rule.id, compiled);
    const list = matchers.byKind.get(rule.kind) ?? [];
    list.push(compiled);
    matchers.byKind.set(rule.kind, list);
    if (rule.kind === "path" || rule.kind === "settings") indexPathRule(matchers, compiled);
  }
  matchers.pathKeys = pathKeyExpression(matchers);
  for (const [kind, list] of matchers.byKind) {
    const patterned = list.filter((compiled) => compiled.regex);
    const everyHasKeywords = patterned.every((compiled) => compiled.keywords.length > 0);
    const words = [...new Set(patterned.flatMap((compiled) => compiled.keywords))];
    matchers.prefilter.set(kind, everyHasKeywords && words.length > 0 ? new RegExp(words.map(escapeRegex).join("|"), "i") : null);
    if (kind === "content") matchers.contentKeywords = words;
    const all = list.flatMap((compiled) => compiled.keywords);
    if (all.length === 0) continue;
    const index = keywordIndex(all);
    matchers.keywordIndexes.set(kind, index);
    for (const compiled of list) compiled.keywordIds = compiled.keywords.map((keyword) => index.words.indexOf(keyword));
  }
  return matchers;
}
function lazily(target, key, make) {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false });
      return value;
    }
  });
}
function contentKeywordsOf(rules) {
  const patterned = rules.filter((rule) => rule.kind === "content" && rule.pattern !== void 0);
  return [...new Set(patterned.flatMap((rule) => (rule.keywords ?? []).map((keyword) => keyword.toLowerCase())))];
}
function regexFlags(flags) {
  const extra = flags ?? "";
  const base = extra.includes("-i") ? "gm" : "gim";
  return [...new Set((base + extra.replace("-i", "")).split(""))].join("");
}
function pathRegexSources(compiled, globs) {
  if (compiled) return compiled;
  return (globs ?? []).map((glob) => globToRegexSource(glob));
}
var micromatchModule;
function setGlobCompiler(module) {
  micromatchModule = module;
}
function globToRegexSource(glob) {
  if (!micromatchModule) throw new Error(`glob compiler not loaded for ${glob}`);
  return micromatchModule.makeRe(glob, { dot: true }).source;
}
function indexPathRule(matchers, compiled) {
  for (const glob of compiled.rule.paths ?? []) {
    const segments = glob.split("/").filter((segment) => segment !== "" && segment !== "**");
    const literal = [...segments].reverse().find((segment) => !GLOB_CHARS.test(segment));
    if (literal) {
      addTo(matchers.pathBySegment, literal.toLowerCase(), compiled);
      continue;
    }
    const prefixed = segments.map((segment) => (segment.split(GLOB_CHARS)[0] ?? "").toLowerCase()).find((prefix) => prefix.length >= 3);
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
function addTo(map, key, compiled) {
  const list = map.get(key) ?? [];
  if (!list.includes(compiled)) list.push(compiled);
  map.set(key, list);
}
function matchesPath(compiled, path) {
  return compiled.pathRegexes.some((regex) => regex.test(path)) && !compiled.excludePathRegexes.some((regex) => regex.test(path));
}
function pathKeyExpression(matchers) {
  return pathKeyExpressionOf(matchers, () => true);
}
function pathKeyExpressionOf(matchers, include) {
  const exact = [...matchers.pathBySegment].filter(([, rules]) => rules.some(include)).map(([key]) => escapeRegex(key));
  const prefixes = [...matchers.pathByPrefix.values()].flatMap(
    (entries) => entries.filter((entry) => include(entry.rule)).map((entry) => escapeRegex(entry.prefix))
  );
  const alternatives = [...exact.length > 0 ? [`(?:${exact.join("|")})(?:/|$)`] : [], ...prefixes];
  return alternatives.length > 0 ? new RegExp(`(?:^|/)(?:${alternatives.join("|")})`, PATH_FLAGS) : /(?!)/;
}
function pathCandidates(matchers, path) {
  if (matchers.pathAlways.length === 0 && matchers.pathKeys && !matchers.pathKeys.test(path)) return NO_CANDIDATES;
  let candidates = matchers.pathAlways.length > 0 ? new Set(matchers.pathAlways) : void 0;
  const lower = path.toLowerCase();
  for (let start = 0; start <= lower.length; ) {
    let end = lower.indexOf("/", start);
    if (end === -1) end = lower.length;
    const segment = lower.slice(start, end);
    start = end + 1;
    const exact = matchers.pathBySegment.get(segment);
    if (exact) for (const compiled of exact) (candidates ??= /* @__PURE__ */ new Set()).add(compiled);
    const prefixed = segment.length >= 3 ? matchers.pathByPrefix.get(segment.slice(0, 3)) : void 0;
    if (prefixed) {
      for (const entry of prefixed) if (segment.startsWith(entry.prefix)) (candidates ??= /* @__PURE__ */ new Set()).add(entry.rule);
    }
  }
  return candidates ?? NO_CANDIDATES;
}
var NO_CANDIDATES = /* @__PURE__ */ new Set();

export {
  loadLinearEngine,
  linearPattern,
  keywordHits,
  compileRules,
  contentKeywordsOf,
  regexFlags,
  setGlobCompiler,
  matchesPath,
  pathKeyExpressionOf,
  pathCandidates
};
