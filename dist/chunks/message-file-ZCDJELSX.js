import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  commitMessageText,
  messageSource,
  readMessageFile
} from "./chunk-CNQFBD5A.js";
import "./chunk-KDSNJN5L.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";
export {
  commitMessageText,
  messageSource,
  readMessageFile
};
