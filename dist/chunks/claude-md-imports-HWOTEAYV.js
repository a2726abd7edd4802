import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  clip
} from "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";

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
      issues.push({ issue: "outside-import", line: index + 1, evidence: clip(`@${target}`) });
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
