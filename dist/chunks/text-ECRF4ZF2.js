import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  fixFor
} from "./chunk-NFX7L2P6.js";
import {
  require_picocolors
} from "./chunk-ZUWEO2QC.js";
import {
  __toESM
} from "./chunk-5JE5XEE3.js";

// src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var MARK = { blocking: "\u2716", warning: "\u26A0", info: "\u2139", allowed: "\u2713", baselined: "\u25CB", grandfathered: "\u25CB" };
function formatText(report, options) {
  const colors = import_picocolors.default.createColors(options.color ?? import_picocolors.default.isColorSupported);
  const paint = {
    blocking: colors.red,
    warning: colors.yellow,
    info: colors.blue,
    allowed: colors.green,
    baselined: colors.dim,
    grandfathered: colors.dim
  };
  const groups = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    const key = finding.commit ?? "";
    const list = groups.get(key) ?? [];
    list.push(finding);
    groups.set(key, list);
  }
  const lines = [];
  for (const [commit, findings] of groups) {
    const first = findings[0];
    lines.push(
      commit ? `${colors.bold(`commit ${commit.slice(0, 12)}`)}  ${first.commitSummary ?? ""}  ${colors.dim(`${first.author ?? ""} ${first.commitDate?.slice(0, 10) ?? ""}`)}` : colors.bold(options.label)
    );
    for (const finding of findings) {
      const color = paint[finding.status] ?? ((text) => text);
      const where = finding.path ? `${finding.path}${finding.line ? `:${finding.line}` : ""}` : finding.field ? `${finding.field}${finding.line ? ` line ${finding.line}` : ""}` : "";
      lines.push(`  ${color(`${MARK[finding.status] ?? "-"} ${finding.status}`)}  ${colors.bold(finding.ruleId)}  ${where}`);
      if (finding.evidence !== finding.path) lines.push(`      ${colors.cyan(finding.evidence)}`);
      lines.push(`      ${finding.description}`);
      if (finding.note) lines.push(`      ${colors.dim(finding.note)}`);
      if (finding.status === "blocking" || finding.status === "warning") lines.push(`      ${colors.green("fix:")} ${fixFor(finding)}`);
    }
    lines.push("");
  }
  lines.push(summaryLine(report, colors));
  return `${lines.join("\n")}
`;
}
function summaryLine(report, colors) {
  const { summary } = report;
  const scanned = summary.commitsScanned > 0 ? ` \xB7 ${summary.commitsScanned} commit${summary.commitsScanned === 1 ? "" : "s"} scanned` : "";
  if (summary.total === 0) return `${colors.green("\u2713 aiguard: no AI tool traces found")}${scanned}`;
  const parts = [`${summary.blocking} blocking`, `${summary.warning} warning${summary.warning === 1 ? "" : "s"}`, `${summary.info} info`];
  for (const status of ["allowed", "baselined", "grandfathered"]) if (summary[status] > 0) parts.push(`${summary[status]} ${status}`);
  const head = summary.blocking > 0 ? colors.red(colors.bold("\u2716 aiguard: blocked")) : colors.yellow("\u26A0 aiguard: passed with findings");
  return `${head} \u2014 ${parts.join(", ")}${scanned}`;
}
export {
  formatText
};
