import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  applyBaseline,
  baselinePath,
  baselineRepoPath,
  commitsToIdentify,
  findingsToRecord,
  parseBaseline,
  readBaseline,
  readBaselineForUpdate,
  updateBaseline,
  writeBaseline
} from "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  applyBaseline,
  baselinePath,
  baselineRepoPath,
  commitsToIdentify,
  findingsToRecord,
  parseBaseline,
  readBaseline,
  readBaselineForUpdate,
  updateBaseline,
  writeBaseline
};
