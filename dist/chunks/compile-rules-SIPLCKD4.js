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
} from "./chunk-5AY5LYA7.js";
import "./chunk-RA55SYXC.js";
import "./chunk-2PIOZG2P.js";
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
