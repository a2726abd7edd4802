import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  findingMessage
} from "./chunk-F5MBFLJM.js";
import {
  isActive
} from "./chunk-V3ZTEXLP.js";
import {
  fixFor
} from "./chunk-ZN6I7QMI.js";
import {
  displayText
} from "./chunk-VWGE2P5Z.js";
import "./chunk-WYUSH6JS.js";
import "./chunk-LOBCSSTG.js";

// src/report/github.ts
var COMMAND = { blocking: "error", warning: "warning", info: "notice" };
function formatGithub(report, context) {
  const lines = [];
  for (const finding of report.findings) {
    if (!isActive(finding)) continue;
    const properties = [];
    if (finding.path !== void 0) properties.push(`file=${escapeProperty(displayText(finding.path))}`);
    if (finding.path !== void 0 && finding.line) properties.push(`line=${finding.line}`);
    properties.push(`title=${escapeProperty(`aiguard ${finding.ruleId}`)}`);
    const message = `${findingMessage(finding, report.rules)}
Fix: ${displayText(fixFor(finding, report.rules, context?.rootCommits))}`;
    lines.push(`::${COMMAND[finding.status]} ${properties.join(",")}::${escapeData(message)}`);
  }
  const { summary } = report;
  const scanned = summary.commitsScanned ? ` \xB7 ${plural(summary.commitsScanned, "commit")} scanned` : "";
  lines.push(`aiguard: ${summary.blocking} blocking, ${plural(summary.warning, "warning")}, ${summary.info} info${scanned}`);
  return `${lines.join("\n")}
`;
}
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
export {
  escapeData,
  escapeProperty,
  formatGithub
};
