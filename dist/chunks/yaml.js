import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { r as require_dist } from './chunk7.js';
import { _ as __toESM } from './core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// aiguard-lazy-commonjs:yaml
var __aiguardCommonJs = __toESM(require_dist());
var yaml_default = __aiguardCommonJs.default;
var __export0 = __aiguardCommonJs["Composer"];
var __export1 = __aiguardCommonJs["Document"];
var __export2 = __aiguardCommonJs["Schema"];
var __export3 = __aiguardCommonJs["YAMLError"];
var __export4 = __aiguardCommonJs["YAMLParseError"];
var __export5 = __aiguardCommonJs["YAMLWarning"];
var __export6 = __aiguardCommonJs["Alias"];
var __export7 = __aiguardCommonJs["isAlias"];
var __export8 = __aiguardCommonJs["isCollection"];
var __export9 = __aiguardCommonJs["isDocument"];
var __export10 = __aiguardCommonJs["isMap"];
var __export11 = __aiguardCommonJs["isNode"];
var __export12 = __aiguardCommonJs["isPair"];
var __export13 = __aiguardCommonJs["isScalar"];
var __export14 = __aiguardCommonJs["isSeq"];
var __export15 = __aiguardCommonJs["Pair"];
var __export16 = __aiguardCommonJs["Scalar"];
var __export17 = __aiguardCommonJs["YAMLMap"];
var __export18 = __aiguardCommonJs["YAMLSeq"];
var __export19 = __aiguardCommonJs["CST"];
var __export20 = __aiguardCommonJs["Lexer"];
var __export21 = __aiguardCommonJs["LineCounter"];
var __export22 = __aiguardCommonJs["Parser"];
var __export23 = __aiguardCommonJs["parse"];
var __export24 = __aiguardCommonJs["parseAllDocuments"];
var __export25 = __aiguardCommonJs["parseDocument"];
var __export26 = __aiguardCommonJs["stringify"];
var __export27 = __aiguardCommonJs["visit"];
var __export28 = __aiguardCommonJs["visitAsync"];

export { __export6 as Alias, __export19 as CST, __export0 as Composer, __export1 as Document, __export20 as Lexer, __export21 as LineCounter, __export15 as Pair, __export22 as Parser, __export16 as Scalar, __export2 as Schema, __export3 as YAMLError, __export17 as YAMLMap, __export4 as YAMLParseError, __export18 as YAMLSeq, __export5 as YAMLWarning, yaml_default as default, __export7 as isAlias, __export8 as isCollection, __export9 as isDocument, __export10 as isMap, __export11 as isNode, __export12 as isPair, __export13 as isScalar, __export14 as isSeq, __export23 as parse, __export24 as parseAllDocuments, __export25 as parseDocument, __export26 as stringify, __export27 as visit, __export28 as visitAsync };
