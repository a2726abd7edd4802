import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  RAW_INVISIBLE,
  displayText,
  guardLines,
  safeJson,
  shellQuote
} from "./chunk-VWGE2P5Z.js";
import "./chunk-LOBCSSTG.js";
export {
  RAW_INVISIBLE,
  displayText,
  guardLines,
  safeJson,
  shellQuote
};
