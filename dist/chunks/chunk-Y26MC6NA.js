import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  compiledRulesJson
} from "./chunk-HGCB3MYG.js";

// src/detect/builtin-rules.ts
var cached;
function builtinRules() {
  cached ??= JSON.parse(compiledRulesJson());
  return cached;
}

export {
  builtinRules
};
