import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  cleanupMessage,
  cleanupModeOf,
  commitMessageText,
  messageSource,
  readMessageFile,
  stripSpace
} from "./chunk-5DJ3D3HN.js";
import "./chunk-KDSNJN5L.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  cleanupMessage,
  cleanupModeOf,
  commitMessageText,
  messageSource,
  readMessageFile,
  stripSpace
};
