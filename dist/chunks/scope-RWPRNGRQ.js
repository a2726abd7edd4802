import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  checkScope,
  remoteMatches
} from "./chunk-Y5O5ZJ3T.js";
import "./chunk-7RU7R6GY.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  checkScope,
  remoteMatches
};
