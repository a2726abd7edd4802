import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  clip
} from "./chunk-GF62Y7TU.js";
import "./chunk-5JE5XEE3.js";

// src/detect/settings/claude-md-imports.ts
var IMPORT = /(?:^|\s)@((?:~|\/|\.\.\/)[^\s`)]*)/g;
function analyseClaudeMdImports(text, path) {
  const issues = [];
  const depth = path.split("/").length - 1;
  let fenced = false;
  text.split("\n").forEach((line, index) => {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    for (const match of line.replace(/`[^`]*`/g, "").matchAll(IMPORT)) {
      const target = match[1];
      if (target.startsWith("../") && climbs(target) <= depth) continue;
      issues.push({ topic: "outside-import", line: index + 1, evidence: clip(`@${target}`) });
    }
  });
  return issues;
}
function climbs(target) {
  let up = 0;
  for (const part of target.split("/")) {
    if (part === "..") up++;
    else break;
  }
  return up;
}
export {
  analyseClaudeMdImports
};
