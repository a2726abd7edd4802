import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  compileRules,
  contentKeywordsOf,
  matchesPath,
  pathCandidates,
  pathKeyExpressionOf,
  regexFlags,
  setGlobCompiler
} from "./chunk-QAPCKFJT.js";
import "./chunk-3A7CYMZE.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  compileRules,
  contentKeywordsOf,
  matchesPath,
  pathCandidates,
  pathKeyExpressionOf,
  regexFlags,
  setGlobCompiler
};
