import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  buildReport,
  fillPath,
  fixFor,
  isBlocking,
  rebaseBase,
  rewordCommand,
  ruleFix,
  summarize,
  topPathspec
} from "./chunk-ZN6I7QMI.js";
import {
  shellQuote
} from "./chunk-VWGE2P5Z.js";
import "./chunk-WYUSH6JS.js";
import "./chunk-LOBCSSTG.js";
export {
  buildReport,
  fillPath,
  fixFor,
  isBlocking,
  rebaseBase,
  rewordCommand,
  ruleFix,
  shellQuote,
  summarize,
  topPathspec
};
