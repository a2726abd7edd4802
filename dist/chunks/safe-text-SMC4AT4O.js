import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  RAW_INVISIBLE,
  displayText,
  guardLines,
  safeJson,
  shellQuote
} from "./chunk-Q46FT7M3.js";
import "./chunk-5JE5XEE3.js";
export {
  RAW_INVISIBLE,
  displayText,
  guardLines,
  safeJson,
  shellQuote
};
