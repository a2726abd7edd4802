import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  historySource,
  rangeSubjectBatches,
  rangeSubjects
} from "./chunk-DRJECJGC.js";
import "./chunk-WWYWQAHO.js";
import "./chunk-J4TZ3TZQ.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-2GJYC5AG.js";
import "./chunk-FNEAICNM.js";
import "./chunk-PM7LJ7J2.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  historySource,
  rangeSubjectBatches,
  rangeSubjects
};
