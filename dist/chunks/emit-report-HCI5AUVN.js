import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  FORMATS,
  REPORT_OPTIONS_USAGE,
  emitReport,
  emitReports,
  reportTargets
} from "./chunk-BARTTVXK.js";
import "./chunk-NFX7L2P6.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  FORMATS,
  REPORT_OPTIONS_USAGE,
  emitReport,
  emitReports,
  reportTargets
};
