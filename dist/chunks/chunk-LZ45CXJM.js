import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/report/report-options.ts
var REPORT_OPTIONS = {
  format: { type: "string" },
  output: { type: "string" },
  report: { type: "string", multiple: true },
  "fail-on": { type: "string" },
  color: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean" }
};

export {
  REPORT_OPTIONS
};
