import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  findingMessage,
  placeOf
} from "./chunk-7NBLMB3S.js";
import {
  fixFor
} from "./chunk-NFX7L2P6.js";
import "./chunk-5JE5XEE3.js";

// src/report/junit.ts
function formatJunit(report, label) {
  const cases = report.findings.map(testCase);
  if (cases.length === 0) cases.push(`    <testcase classname="aiguard" name="${xml(`no AI tool traces in ${label}`)}"/>`);
  const failures = report.summary.blocking;
  const skipped = report.findings.filter((finding) => finding.status === "allowed" || finding.status === "baselined" || finding.status === "grandfathered").length;
  const tests = Math.max(report.findings.length, 1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="aiguard" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    `  <testsuite name="${xml(`aiguard: ${label}`)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    ""
  ].join("\n");
}
function testCase(finding) {
  const place = placeOf(finding);
  const where = place.file !== void 0 ? `${place.file}${finding.line ? `:${finding.line}` : ""}` : place.logical.name;
  const open = `    <testcase classname="${xml(finding.ruleId)}" name="${xml(where)}"${place.file !== void 0 ? ` file="${xml(place.file)}"` : ""}>`;
  const detail = xml(`${findingMessage(finding)}
Fix: ${fixFor(finding)}`);
  switch (finding.status) {
    case "blocking":
      return `${open}
      <failure type="${finding.ruleId}" message="${xml(finding.description)}">${detail}</failure>
    </testcase>`;
    case "warning":
    case "info":
      return `${open}
      <system-out>${xml(`${finding.status}: `)}${detail}</system-out>
    </testcase>`;
    default:
      return `${open}
      <skipped message="${xml(`${finding.status}${finding.note ? `: ${finding.note}` : ""}`)}"/>
    </testcase>`;
  }
}
function xml(text) {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}
export {
  formatJunit
};
