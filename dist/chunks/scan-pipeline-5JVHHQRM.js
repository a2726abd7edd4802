import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  collectFindings,
  collectWithSettings,
  finishReport,
  loadEngine
} from "./chunk-MRZGVUKS.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-T3SIZCCV.js";
import "./chunk-6GUMSFSJ.js";
import "./chunk-XBZO7ZD7.js";
import "./chunk-NFX7L2P6.js";
import "./chunk-SW43LJ2P.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";
export {
  collectFindings,
  collectWithSettings,
  finishReport,
  loadEngine
};
