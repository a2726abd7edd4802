import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { M as Matcher, a as MatcherInput, b as MatcherInputBase, R as RE2JS, c as RE2JSCompileException, d as RE2JSException, e as RE2JSFlagsException, f as RE2JSGroupException, g as RE2JSInternalException, h as RE2JSSyntaxException, i as RE2Set, r as re } from './chunk.js';
import './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

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

export { __export0 as Matcher, __export1 as MatcherInput, __export2 as MatcherInputBase, __export3 as RE2JS, __export4 as RE2JSCompileException, __export5 as RE2JSException, __export6 as RE2JSFlagsException, __export7 as RE2JSGroupException, __export8 as RE2JSInternalException, __export9 as RE2JSSyntaxException, __export10 as RE2Set, re2js_default as default, __export11 as re };
