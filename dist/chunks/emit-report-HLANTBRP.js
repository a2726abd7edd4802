import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  FAIL_ON,
  FORMATS,
  REPORT_OPTIONS_USAGE,
  emitReport,
  emitReports,
  exitCode,
  reportOptionsFrom,
  reportTargets
} from "./chunk-TTXLIUVE.js";
import {
  REPORT_OPTIONS
} from "./chunk-LZ45CXJM.js";
import "./chunk-BRJMNBUH.js";
import "./chunk-A74RDO3Y.js";
import "./chunk-VWGE2P5Z.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  FAIL_ON,
  FORMATS,
  REPORT_OPTIONS,
  REPORT_OPTIONS_USAGE,
  emitReport,
  emitReports,
  exitCode,
  reportOptionsFrom,
  reportTargets
};
