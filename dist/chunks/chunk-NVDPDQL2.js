import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  applyPolicy,
  detectSubject
} from "./chunk-WGNTBMP4.js";
import {
  escapeRegex
} from "./chunk-3A7CYMZE.js";

// src/fix/strip-message.ts
async function stripMessage(raw, engine, options = {}) {
  const commentChar = options.commentChar ?? "#";
  const endsWithNewline = raw.endsWith("\n");
  const lines = (endsWithNewline ? raw.slice(0, -1) : raw).split("\n");
  const scissors = new RegExp(`^${escapeRegex(commentChar)} -+ >8 -+\\r?$`);
  let regionEnd = lines.findIndex((line) => scissors.test(line));
  if (regionEnd === -1) regionEnd = lines.length;
  const isComment = (line) => line.startsWith(commentChar);
  const isBlank = (line) => line.trim() === "";
  const remove = /* @__PURE__ */ new Set();
  for (let index = 0; index < regionEnd; index++) {
    const line = lines[index];
    if (isComment(line) || isBlank(line)) continue;
    let end = index + 1;
    while (end < regionEnd && TRAILER_START.test(line) && indentOf(lines[end]) > indentOf(line) && !isBlank(lines[end])) end++;
    if (await flagged(lines.slice(index, end).join("\n"), engine)) for (let at = index; at < end; at++) remove.add(at);
    index = end - 1;
  }
  if (remove.size === 0) return { message: raw, removed: [], wouldEmpty: false };
  const kept = tidy(lines.slice(0, regionEnd), remove, isComment, isBlank);
  const message = [...kept, ...lines.slice(regionEnd)].join("\n") + (endsWithNewline ? "\n" : "");
  const removed = [...remove].map((index) => lines[index].replace(/\r$/, ""));
  if (!kept.some((line) => !isComment(line) && !isBlank(line))) return { message: raw, removed: [], wouldEmpty: true };
  return { message, removed, wouldEmpty: false };
}
var TRAILER_START = /^[ \t>*-]*[A-Za-z0-9][A-Za-z0-9-]*[ \t]*:/;
var indentOf = (line) => line.length - line.trimStart().length;
async function flagged(line, engine) {
  const findings = [];
  detectSubject(engine.ruleSet.matchers, { type: "message", text: line }, findings);
  if (findings.length === 0) return false;
  const judged = await applyPolicy(findings, engine.policy, { gate: false });
  return judged.some((finding) => finding.status === "blocking" || finding.status === "warning");
}
function tidy(region, remove, isComment, isBlank) {
  const out = [];
  let removedSinceContent = false;
  let lastContent = -1;
  let removedAfterLastContent = false;
  region.forEach((line, index) => {
    if (remove.has(index)) {
      removedSinceContent = true;
      removedAfterLastContent = true;
      return;
    }
    if (isComment(line)) {
      out.push(line);
      return;
    }
    if (isBlank(line)) {
      const previous = out[out.length - 1];
      if (removedSinceContent && (previous === void 0 || isBlank(previous))) return;
      out.push(line);
      return;
    }
    out.push(line);
    lastContent = out.length - 1;
    removedSinceContent = false;
    removedAfterLastContent = false;
  });
  if (!removedAfterLastContent) return out;
  const tail = out.slice(lastContent + 1);
  const firstComment = tail.findIndex(isComment);
  const rest = firstComment === -1 ? [] : tail.slice(firstComment);
  return [...out.slice(0, lastContent + 1), ...rest.length > 0 ? [""] : [], ...rest];
}

export {
  stripMessage
};
