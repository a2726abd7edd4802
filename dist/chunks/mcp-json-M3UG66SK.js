import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  analyseMcpJson,
  mcpServerIssues
} from "./chunk-FRRSI44F.js";
import "./chunk-JFYWF3JL.js";
import "./chunk-GF62Y7TU.js";
import "./chunk-5JE5XEE3.js";
export {
  analyseMcpJson,
  mcpServerIssues
};
