import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  treeSource,
  treeSourceAt
} from "./chunk-DXUY5O6P.js";
import "./chunk-GS7CHFMK.js";
import "./chunk-TL4CNQY2.js";
import "./chunk-ESKB75NP.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  treeSource,
  treeSourceAt
};
