import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  historySource,
  rangeSubjectBatches,
  rangeSubjects
} from "./chunk-KTDDB3LT.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-7DQSRGLE.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-4ZGAVNFW.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  historySource,
  rangeSubjectBatches,
  rangeSubjects
};
