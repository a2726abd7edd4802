import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  builtinRules
} from "./chunk-Y26MC6NA.js";
import "./chunk-HGCB3MYG.js";
import "./chunk-LOBCSSTG.js";
export {
  builtinRules
};
