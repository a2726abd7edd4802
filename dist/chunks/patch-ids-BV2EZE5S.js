import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  patchIds
} from "./chunk-OLPMK67W.js";
import "./chunk-FNEAICNM.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  patchIds
};
