import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  policyAtRevision,
  policyFromText
} from "./chunk-G7OAUM5B.js";
import "./chunk-R3WR3B7D.js";
import "./chunk-24LWJLR4.js";
import "./chunk-X4RVDYHW.js";
import "./chunk-HJVOMFK7.js";
import "./chunk-KBEZPOTM.js";
import "./chunk-NGW65SNJ.js";
import "./chunk-VJT5LKH4.js";
import "./chunk-ESKB75NP.js";
import "./chunk-QAPCKFJT.js";
import "./chunk-3A7CYMZE.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  policyAtRevision,
  policyFromText
};
