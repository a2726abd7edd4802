import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  detectAll,
  detectSources,
  engineFor,
  loadEngine,
  runPipeline
} from "./chunk-L5UX2IFM.js";
import "./chunk-ESRU6ARM.js";
import "./chunk-PM7LJ7J2.js";
import "./chunk-TZIBRDA3.js";
import "./chunk-Q46FT7M3.js";
import "./chunk-7HWEKAEO.js";
import "./chunk-5HDEY43M.js";
import "./chunk-6WWNLYQH.js";
import "./chunk-ZWTPA6KL.js";
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-5AY5LYA7.js";
import "./chunk-RA55SYXC.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  detectAll,
  detectSources,
  engineFor,
  loadEngine,
  runPipeline
};
