import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  FAIL_ON,
  FORMATS,
  REPORT_OPTIONS_USAGE,
  emitReport,
  emitReports,
  exitCode,
  reportOptionsFrom,
  reportTargets
} from "./chunk-TKRFTZ7O.js";
import {
  REPORT_OPTIONS
} from "./chunk-CQQBGCVK.js";
import "./chunk-46SNDEJT.js";
import "./chunk-4WLRN4IO.js";
import "./chunk-Q46FT7M3.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
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
