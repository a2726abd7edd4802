import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  historySource,
  rangeSubjectBatches,
  rangeSubjects
} from "./chunk-PS3CLWPN.js";
import "./chunk-TE6F66VO.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-7RU7R6GY.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  historySource,
  rangeSubjectBatches,
  rangeSubjects
};
