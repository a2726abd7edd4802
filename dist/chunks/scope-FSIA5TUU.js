import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  checkScope,
  remoteMatches
} from "./chunk-GM3GTABA.js";
import "./chunk-5JE5XEE3.js";
export {
  checkScope,
  remoteMatches
};
