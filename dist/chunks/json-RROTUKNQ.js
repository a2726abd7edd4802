import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  safeJson
} from "./chunk-VWGE2P5Z.js";
import "./chunk-LOBCSSTG.js";

// src/report/json.ts
function formatJson(report) {
  const { version, findings, summary } = report;
  return `${safeJson(JSON.stringify({ version, findings, summary }, null, 2))}
`;
}
export {
  formatJson
};
