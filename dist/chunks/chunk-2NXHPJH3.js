import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  escapeRegex
} from "./chunk-RA55SYXC.js";

// src/detect/compile-rules.ts
var GLOB_CHARS = /[*?[\]{}()!+@]/;
function compileRules(rules) {
  const matchers = {
    rules: /* @__PURE__ */ new Map(),
    byKind: /* @__PURE__ */ new Map(),
    pathBySegment: /* @__PURE__ */ new Map(),
    pathByPrefix: /* @__PURE__ */ new Map(),
    pathAlways: [],
    prefilter: /* @__PURE__ */ new Map(),
    contentKeywords: []
  };
  for (const rule of rules) {
    const compiled = {
      rule,
      regex: rule.pattern === void 0 ? void 0 : new RegExp(rule.pattern, regexFlags(rule.flags)),
      pathRegexes: pathRegexSources(rule.pathRegex, rule.paths).map((source) => new RegExp(source)),
      excludePathRegexes: pathRegexSources(rule.excludePathRegex, rule.excludePaths).map((source) => new RegExp(source)),
      keywords: (rule.keywords ?? []).map((keyword) => keyword.toLowerCase())
    };
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
  }
  return matchers;
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
      addTo(matchers.pathBySegment, literal, compiled);
      continue;
    }
    const prefixed = segments.map((segment) => segment.split(GLOB_CHARS)[0] ?? "").find((prefix) => prefix.length >= 3);
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
  const prefixes = [...matchers.pathByPrefix.values()].flatMap((entries) => entries.filter((entry) => include(entry.rule)).map((entry) => escapeRegex(entry.prefix)));
  const alternatives = [...exact.length > 0 ? [`(?:${exact.join("|")})(?:/|$)`] : [], ...prefixes];
  return alternatives.length > 0 ? new RegExp(`(?:^|/)(?:${alternatives.join("|")})`) : /(?!)/;
}
function pathCandidates(matchers, path) {
  if (matchers.pathAlways.length === 0 && matchers.pathKeys && !matchers.pathKeys.test(path)) return NO_CANDIDATES;
  let candidates = matchers.pathAlways.length > 0 ? new Set(matchers.pathAlways) : void 0;
  for (let start = 0; start <= path.length; ) {
    let end = path.indexOf("/", start);
    if (end === -1) end = path.length;
    const segment = path.slice(start, end);
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
  compileRules,
  contentKeywordsOf,
  regexFlags,
  setGlobCompiler,
  matchesPath,
  pathKeyExpressionOf,
  pathCandidates
};
