import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import "./chunk-5JE5XEE3.js";

// src/report/json.ts
function formatJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
export {
  formatJson
};
