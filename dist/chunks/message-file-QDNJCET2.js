import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  cleanupMessage,
  cleanupModeOf,
  commitMessageText,
  messageSource,
  readMessageFile,
  stripSpace
} from "./chunk-TPWWTNLJ.js";
import "./chunk-GS7CHFMK.js";
import "./chunk-FRPMA3TM.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  cleanupMessage,
  cleanupModeOf,
  commitMessageText,
  messageSource,
  readMessageFile,
  stripSpace
};
