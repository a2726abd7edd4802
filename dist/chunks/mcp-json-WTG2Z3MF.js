import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  analyseMcpJson,
  mcpServerIssues
} from "./chunk-5NBCNNHG.js";
import "./chunk-CP3ZIR73.js";
import "./chunk-CSXQDQ7B.js";
import "./chunk-LOBCSSTG.js";
export {
  analyseMcpJson,
  mcpServerIssues
};
