import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  historySource,
  rangeSubjectBatches,
  rangeSubjects
} from "./chunk-SZTQLXJE.js";
import "./chunk-C5BAC656.js";
import "./chunk-QQBOK7KR.js";
import "./chunk-FRPMA3TM.js";
import "./chunk-4IZPWBSN.js";
import "./chunk-WSULOSY3.js";
import "./chunk-ESKB75NP.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  historySource,
  rangeSubjectBatches,
  rangeSubjects
};
