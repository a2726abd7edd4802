import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  Matcher,
  MatcherInput,
  MatcherInputBase,
  RE2JS,
  RE2JSCompileException,
  RE2JSException,
  RE2JSFlagsException,
  RE2JSGroupException,
  RE2JSInternalException,
  RE2JSSyntaxException,
  RE2Set,
  re
} from "./chunk-V5ZIYFEC.js";
import "./chunk-LOBCSSTG.js";

// aiguard-lazy-commonjs:re2js
var re2js_default = void 0;
var __export0 = Matcher;
var __export1 = MatcherInput;
var __export2 = MatcherInputBase;
var __export3 = RE2JS;
var __export4 = RE2JSCompileException;
var __export5 = RE2JSException;
var __export6 = RE2JSFlagsException;
var __export7 = RE2JSGroupException;
var __export8 = RE2JSInternalException;
var __export9 = RE2JSSyntaxException;
var __export10 = RE2Set;
var __export11 = re;
export {
  __export0 as Matcher,
  __export1 as MatcherInput,
  __export2 as MatcherInputBase,
  __export3 as RE2JS,
  __export4 as RE2JSCompileException,
  __export5 as RE2JSException,
  __export6 as RE2JSFlagsException,
  __export7 as RE2JSGroupException,
  __export8 as RE2JSInternalException,
  __export9 as RE2JSSyntaxException,
  __export10 as RE2Set,
  re2js_default as default,
  __export11 as re
};
