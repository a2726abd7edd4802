import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  COMMIT_EDITMSG_FIX,
  GIT_PATH_EDITMSG_FIX,
  buildReport,
  fillPath,
  fixFor,
  isBlocking,
  rebaseBase,
  rewordCommand,
  summarize,
  topPathspec
} from "./chunk-RR75D6KL.js";
import {
  shellQuote
} from "./chunk-VWGE2P5Z.js";
import "./chunk-WYUSH6JS.js";
import "./chunk-LOBCSSTG.js";
export {
  COMMIT_EDITMSG_FIX,
  GIT_PATH_EDITMSG_FIX,
  buildReport,
  fillPath,
  fixFor,
  isBlocking,
  rebaseBase,
  rewordCommand,
  shellQuote,
  summarize,
  topPathspec
};
