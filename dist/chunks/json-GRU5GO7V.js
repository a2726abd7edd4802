import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  safeJson
} from "./chunk-Q46FT7M3.js";
import "./chunk-5JE5XEE3.js";

// src/report/json.ts
function formatJson(report) {
  return `${safeJson(JSON.stringify(report, null, 2))}
`;
}
export {
  formatJson
};
