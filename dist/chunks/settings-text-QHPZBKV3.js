import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  settingsSubjectsFor,
  settingsTextReader,
  withSettingsText
} from "./chunk-J4TZ3TZQ.js";
import "./chunk-2GJYC5AG.js";
import "./chunk-FNEAICNM.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  settingsSubjectsFor,
  settingsTextReader,
  withSettingsText
};
