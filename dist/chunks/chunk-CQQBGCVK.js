import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

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
