import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  analyseClaudeSettings,
  marketplaceCommandIssues
} from "./chunk-P6QMSVQL.js";
import "./chunk-QTAIBJYX.js";
import "./chunk-U57G2GSZ.js";
import "./chunk-CP3ZIR73.js";
import "./chunk-WQ4EY3R4.js";
import "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";
export {
  analyseClaudeSettings,
  marketplaceCommandIssues
};
