import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  FINDINGS_VERSION,
  configDigest,
  inputsKey,
  probeKeys,
  unchangedResults,
  validUntil
} from "./chunk-ZSNQHA5L.js";
import "./chunk-SGLEFAWH.js";
import "./chunk-MAVU7BQN.js";
import "./chunk-24LWJLR4.js";
import "./chunk-KBEZPOTM.js";
import "./chunk-HGCB3MYG.js";
import "./chunk-VJT5LKH4.js";
import "./chunk-ESKB75NP.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";
export {
  FINDINGS_VERSION,
  configDigest,
  inputsKey,
  probeKeys,
  unchangedResults,
  validUntil
};
