import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  builtinRules
} from "./chunk-ZWTPA6KL.js";
import "./chunk-5JE5XEE3.js";
export {
  builtinRules
};
