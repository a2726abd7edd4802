import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  displayText
} from "./chunk-VWGE2P5Z.js";

// src/report/markdown.ts
function codeSpan(text, where = {}) {
  const shown = displayText(text);
  const safe = where.inTable ? shown.replaceAll("|", "\\|") : shown;
  if (safe === "") return "";
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = safe.startsWith("`") || safe.endsWith("`") || safe.startsWith(" ") ? " " : "";
  return `${fence}${pad}${safe}${pad}${fence}`;
}

export {
  codeSpan
};
