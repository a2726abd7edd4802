import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  VERSION
} from "./chunk-VHGAO7HH.js";
import "./chunk-5JE5XEE3.js";
export {
  VERSION
};
