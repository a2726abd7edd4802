import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  findingMessage,
  placeOf
} from "./chunk-F5MBFLJM.js";
import {
  isActive
} from "./chunk-V3ZTEXLP.js";
import {
  fixFor
} from "./chunk-ZN6I7QMI.js";
import {
  displayText,
  safeJson
} from "./chunk-VWGE2P5Z.js";
import "./chunk-WYUSH6JS.js";
import "./chunk-LOBCSSTG.js";

// src/report/gitlab.ts
var SEVERITY = { blocking: "blocker", warning: "major", info: "info" };
function formatGitlab(report, context) {
  const issues = report.findings.filter(isActive).map((finding) => {
    const place = placeOf(finding);
    return {
      type: "issue",
      check_name: finding.ruleId,
      description: findingMessage(finding, report.rules),
      content: { body: `Fix: ${displayText(fixFor(finding, report.rules, context?.rootCommits))}` },
      categories: ["Security"],
      fingerprint: finding.fingerprint,
      severity: SEVERITY[finding.status] ?? "info",
      location: { path: place.file ?? place.logical.fullyQualifiedName, lines: { begin: finding.line ?? 1 } }
    };
  });
  return `${safeJson(JSON.stringify(issues, null, 2))}
`;
}
export {
  formatGitlab
};
