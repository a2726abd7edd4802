import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  loadConfigFile,
  loadConfigText
} from "./chunk-55OO7JAV.js";
import "./chunk-TAZ5NO6U.js";
import "./chunk-5HDEY43M.js";
import "./chunk-6WWNLYQH.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";
export {
  loadConfigFile,
  loadConfigText
};
