import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/config/search-places.ts
import { extname } from "node:path";
var SEARCH_PLACES = [
  "package.json",
  ".aiguardrc",
  ".aiguardrc.json",
  ".aiguardrc.yaml",
  ".aiguardrc.yml",
  ".aiguardrc.js",
  ".aiguardrc.ts",
  ".aiguardrc.cjs",
  ".aiguardrc.mjs",
  ".config/aiguardrc",
  ".config/aiguardrc.json",
  ".config/aiguardrc.yaml",
  ".config/aiguardrc.yml",
  ".config/aiguardrc.js",
  ".config/aiguardrc.ts",
  ".config/aiguardrc.cjs",
  ".config/aiguardrc.mjs",
  "aiguard.config.js",
  "aiguard.config.ts",
  "aiguard.config.cjs",
  "aiguard.config.mjs"
];
var CODE_EXTENSIONS = /* @__PURE__ */ new Set([".js", ".ts", ".mjs", ".cjs"]);
function isCodeConfig(path) {
  return CODE_EXTENSIONS.has(extname(path));
}
function hasAiguardKey(text) {
  try {
    return JSON.parse(text).aiguard !== void 0;
  } catch {
    return false;
  }
}

export {
  SEARCH_PLACES,
  isCodeConfig,
  hasAiguardKey
};
