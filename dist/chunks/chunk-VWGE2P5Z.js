import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/report/safe-text.ts
var INVISIBLE = "\\u007f-\\u009f\\u061c\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2060\\u2066-\\u2069\\ufeff";
var LONE_SURROGATE = "[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]";
var UNSAFE = new RegExp(`[\\u0000-\\u001f${INVISIBLE}]|${LONE_SURROGATE}`, "g");
var RAW_INVISIBLE = new RegExp(`[${INVISIBLE}]`, "g");
var UNSAFE_CHAR = new RegExp(UNSAFE.source);
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var V1_COMMAND = /##\[/g;
function displayText(text) {
  return text.replace(UNSAFE, escapeChar).replace(V1_COMMAND, "##\\x5b");
}
function escapeChar(char) {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
}
function guardLines(text) {
  return text.replace(/^([^\S\r\n]*):/gm, "$1\\x3a");
}
function safeJson(json) {
  return json.replace(RAW_INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(V1_COMMAND, "#\\u0023[");
}
function shellQuote(text) {
  if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(text)) return text;
  if (!UNSAFE_CHAR.test(text) && !text.includes("##[")) return `'${text.replaceAll("'", "'\\''")}'`;
  const escaped = [...text].map((char) => {
    if (char === "\\" || char === "'") return `\\${char}`;
    if (char === "#") return "\\x23";
    if (!UNSAFE_CHAR.test(char)) return char;
    return [...Buffer.from(char, "utf8")].map((byte) => `\\x${byte.toString(16).padStart(2, "0")}`).join("");
  }).join("");
  return `$'${escaped}'`;
}

export {
  RAW_INVISIBLE,
  displayText,
  guardLines,
  safeJson,
  shellQuote
};
