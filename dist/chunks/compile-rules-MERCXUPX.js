import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  compileRules,
  contentKeywordsOf,
  matchesPath,
  pathCandidates,
  pathKeyExpressionOf,
  regexFlags,
  setGlobCompiler
} from "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";
export {
  compileRules,
  contentKeywordsOf,
  matchesPath,
  pathCandidates,
  pathKeyExpressionOf,
  regexFlags,
  setGlobCompiler
};
