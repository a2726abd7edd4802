import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  detectSettings,
  settingsChecksFor,
  settingsRulesFor,
  settingsTextWanted
} from "./chunk-SW43LJ2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";
export {
  detectSettings,
  settingsChecksFor,
  settingsRulesFor,
  settingsTextWanted
};
