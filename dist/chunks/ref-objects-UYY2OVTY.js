import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  allRefObjectsSource,
  pushedRefObjectsSource
} from "./chunk-2YDNER76.js";
import "./chunk-FRPMA3TM.js";
import "./chunk-663ENILV.js";
import "./chunk-Q24ZOMJQ.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  allRefObjectsSource,
  pushedRefObjectsSource
};
