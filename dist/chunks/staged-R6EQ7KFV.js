import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  stagedSource
} from "./chunk-6USM5W6Z.js";
import "./chunk-WWYWQAHO.js";
import "./chunk-FNEAICNM.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  stagedSource
};
