import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  colorEnabled
} from "./chunk-4WLRN4IO.js";
import "./chunk-5JE5XEE3.js";
export {
  colorEnabled
};
