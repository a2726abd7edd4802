import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  findingMessage,
  placeOf
} from "./chunk-ZMBDG7DM.js";
import {
  fixFor
} from "./chunk-TZIBRDA3.js";
import {
  displayText,
  safeJson
} from "./chunk-Q46FT7M3.js";
import {
  isActive
} from "./chunk-GR7PAYJG.js";
import "./chunk-5JE5XEE3.js";

// src/report/gitlab.ts
var SEVERITY = { blocking: "blocker", warning: "major", info: "info" };
function formatGitlab(report, context) {
  const issues = report.findings.filter(isActive).map((finding) => {
    const place = placeOf(finding);
    return {
      type: "issue",
      check_name: finding.ruleId,
      description: findingMessage(finding),
      content: { body: `Fix: ${displayText(fixFor(finding, context?.rootCommits))}` },
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
