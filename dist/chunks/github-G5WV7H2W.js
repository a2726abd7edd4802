import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  findingMessage
} from "./chunk-7NBLMB3S.js";
import {
  fixFor
} from "./chunk-NFX7L2P6.js";
import {
  isActive
} from "./chunk-GR7PAYJG.js";
import "./chunk-5JE5XEE3.js";

// src/report/github.ts
var COMMAND = { blocking: "error", warning: "warning", info: "notice" };
function formatGithub(report) {
  const lines = [];
  for (const finding of report.findings) {
    if (!isActive(finding)) continue;
    const properties = [];
    if (finding.path !== void 0) properties.push(`file=${escapeProperty(finding.path)}`);
    if (finding.path !== void 0 && finding.line) properties.push(`line=${finding.line}`);
    properties.push(`title=${escapeProperty(`aiguard ${finding.ruleId}`)}`);
    const message = `${findingMessage(finding)}
Fix: ${fixFor(finding)}`;
    lines.push(`::${COMMAND[finding.status]} ${properties.join(",")}::${escapeData(message)}`);
  }
  const { summary } = report;
  lines.push(`aiguard: ${summary.blocking} blocking, ${plural(summary.warning, "warning")}, ${summary.info} info${summary.commitsScanned ? ` \xB7 ${plural(summary.commitsScanned, "commit")} scanned` : ""}`);
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
