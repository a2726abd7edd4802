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
  fixFor
} from "./chunk-ZN6I7QMI.js";
import {
  RAW_INVISIBLE,
  displayText
} from "./chunk-VWGE2P5Z.js";
import {
  ruleTextOf
} from "./chunk-WYUSH6JS.js";
import "./chunk-LOBCSSTG.js";

// src/report/junit.ts
var SKIPPED = /* @__PURE__ */ new Set(["allowed", "baselined", "grandfathered"]);
var CLOSE = "    </testcase>";
function formatJunit(report, context) {
  const { label } = context;
  const cases = report.findings.map((finding) => testCase(finding, report.rules, context));
  if (cases.length === 0) cases.push(`    <testcase classname="aiguard" name="${xml(`no AI tool traces in ${label}`)}"/>`);
  const failures = report.summary.blocking;
  const skipped = report.findings.filter((finding) => SKIPPED.has(finding.status)).length;
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
function testCase(finding, rules, context) {
  const place = placeOf(finding);
  const where = place.file !== void 0 ? `${displayText(place.file)}${finding.line ? `:${finding.line}` : ""}` : place.logical.name;
  const file = place.file !== void 0 ? ` file="${xml(place.file)}"` : "";
  const open = `    <testcase classname="${xml(finding.ruleId)}" name="${xml(where)}"${file}>`;
  const { description } = ruleTextOf(rules, finding);
  const detail = xml(`${findingMessage(finding, rules)}
Fix: ${displayText(fixFor(finding, rules, context.rootCommits))}`);
  switch (finding.status) {
    case "blocking":
      return `${open}
      <failure type="${xml(finding.ruleId)}" message="${xml(description)}">${detail}</failure>
${CLOSE}`;
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
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;").replaceAll("\n", "&#10;").replaceAll("\r", "&#13;").replace(RAW_INVISIBLE, (char) => `&#x${char.charCodeAt(0).toString(16)};`).replaceAll("##[", "#&#35;[");
}
export {
  formatJunit
};
