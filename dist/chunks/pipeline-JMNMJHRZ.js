import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  detectAll,
  detectSources,
  engineFor,
  loadEngine,
  runPipeline
} from "./chunk-DRCNJD7D.js";
import "./chunk-R3RIRAUL.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-JCWSHI53.js";
import "./chunk-35CTJ6CM.js";
import "./chunk-IQBMQQZS.js";
import "./chunk-TZIBRDA3.js";
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-Q46FT7M3.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";
export {
  detectAll,
  detectSources,
  engineFor,
  loadEngine,
  runPipeline
};
