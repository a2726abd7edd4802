import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  applyBaseline,
  baselinePath,
  baselineRepoPath,
  commitsToIdentify,
  commitsToRecord,
  findingsToRecord,
  parseBaseline,
  readBaseline,
  readBaselineForUpdate,
  updateBaseline,
  writeBaseline
} from "./chunk-CPVVM4UP.js";
import "./chunk-V3ZTEXLP.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  applyBaseline,
  baselinePath,
  baselineRepoPath,
  commitsToIdentify,
  commitsToRecord,
  findingsToRecord,
  parseBaseline,
  readBaseline,
  readBaselineForUpdate,
  updateBaseline,
  writeBaseline
};
