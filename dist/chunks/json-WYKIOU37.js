import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  safeJson
} from "./chunk-VWGE2P5Z.js";
import {
  ruleTextOf
} from "./chunk-WYUSH6JS.js";
import "./chunk-LOBCSSTG.js";

// src/report/json.ts
function formatJson(report) {
  const { version, summary } = report;
  const findings = report.findings.map((finding) => {
    const { ruleId, tool, kind, severity, evidence, fingerprint, ...rest } = finding;
    const { description, fix } = ruleTextOf(report.rules, finding);
    return { ruleId, tool, kind, severity, evidence, fingerprint, description, fix, ...rest };
  });
  return `${safeJson(JSON.stringify({ version, findings, summary }, null, 2))}
`;
}
export {
  formatJson
};
