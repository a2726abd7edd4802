import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  escapeRegex
} from "./chunk-3A7CYMZE.js";
import "./chunk-LOBCSSTG.js";

// src/detect/commit-prefilter.ts
function commitPrefilters(matchers, content) {
  const words = prefilterWords(matchers, content);
  if (!words) return void 0;
  return { identity: expression(words.identity), message: expression(words.message), changes: expression(words.changes) };
}
function commitPrefilter(matchers, content) {
  const words = prefilterWords(matchers, content);
  return words ? expression([...words.identity, ...words.message, ...words.changes]) : void 0;
}
function prefilterWords(matchers, content) {
  const kinds = content ? ["message", "identity", "content"] : ["message", "identity"];
  const byKind = /* @__PURE__ */ new Map();
  for (const kind of kinds) {
    const rules = matchers.byKind.get(kind);
    if (!rules) continue;
    if (!matchers.prefilter.get(kind)) return void 0;
    byKind.set(
      kind,
      rules.flatMap((compiled) => compiled.regex ? compiled.keywords : [])
    );
  }
  if (matchers.pathAlways.length > 0) return void 0;
  const changes = [...byKind.get("content") ?? []];
  for (const key of matchers.pathBySegment.keys()) changes.push(key.toLowerCase());
  for (const entries of matchers.pathByPrefix.values()) for (const entry of entries) changes.push(entry.prefix.toLowerCase());
  const words = { identity: byKind.get("identity") ?? [], message: byKind.get("message") ?? [], changes };
  if (Object.values(words).some((list) => list.some((word) => word === "" || /[\r\n]/.test(word)))) return void 0;
  return words;
}
var expression = (words) => new RegExp(words.length > 0 ? alternation(words) : "(?!)", "g");
var literal = (char) => char === " " ? "(?:\\s|\\\\[nr])+" : escapeRegex(char);
function alternation(words) {
  const root = { end: false, next: /* @__PURE__ */ new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, child = { end: false, next: /* @__PURE__ */ new Map() });
      node = child;
    }
    node.end = true;
  }
  const emit = (node) => {
    if (node.end) return "";
    const branches = [...node.next].map(([char, child]) => literal(char) + emit(child));
    return branches.length === 1 ? branches[0] : `(?:${branches.join("|")})`;
  };
  return emit(root);
}
export {
  commitPrefilter,
  commitPrefilters
};
