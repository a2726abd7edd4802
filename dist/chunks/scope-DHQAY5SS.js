import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  checkScope,
  remoteMatches
} from "./chunk-GWA6IUBW.js";
import "./chunk-ALIV2M6X.js";
import "./chunk-LOBCSSTG.js";
export {
  checkScope,
  remoteMatches
};
