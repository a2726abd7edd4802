import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  require_picocolors
} from "./chunk-OAQGMX5D.js";
import {
  fixFor,
  rebaseBase,
  rewordCommand
} from "./chunk-ZN6I7QMI.js";
import {
  displayText,
  guardLines
} from "./chunk-VWGE2P5Z.js";
import {
  ruleTextOf
} from "./chunk-WYUSH6JS.js";
import {
  __toESM
} from "./chunk-LOBCSSTG.js";

// src/report/text.ts
var import_picocolors = __toESM(require_picocolors(), 1);
var MARK = {
  blocking: "\u2716",
  warning: "\u26A0",
  info: "\u2139",
  allowed: "\u2713",
  baselined: "\u25CB",
  grandfathered: "\u25CB"
};
var COMMITS_SHOWN = 10;
function formatText(report, options) {
  const colors = import_picocolors.default.createColors(options.color === true);
  if (options.detail === "quiet") return `${summaryLine(report, colors)}
`;
  const { repeated, byCommit } = groupFindings(report.findings);
  const lines = [];
  for (const group of repeated) {
    const first = group[0];
    lines.push(colors.bold(`${group.length} commits with the same finding`));
    const commits = group.map((finding) => finding.commit);
    const fix = first.kind === "message" ? rewordCommand(rebaseBase(commits, options.rootCommits ?? /* @__PURE__ */ new Set())) : void 0;
    const lineShown = group.every((finding) => finding.line === first.line);
    lines.push(...findingLines(first, report.rules, colors, options, { lineShown, fix }));
    const ids = group.map((finding) => finding.commit.slice(0, 12));
    const shown = options.detail === "verbose" ? ids : ids.slice(0, COMMITS_SHOWN);
    const more = ids.length - shown.length;
    lines.push(`      ${colors.dim("commits:")} ${shown.join(" ")}${more > 0 ? ` \u2026 and ${more} more (--verbose lists them all)` : ""}`);
    lines.push("");
  }
  for (const [commit, findings] of byCommit) {
    const first = findings[0];
    const byWhom = `${displayText(first.author ?? "")} ${first.commitDate?.slice(0, 10) ?? ""}`;
    const heading = `${colors.bold(`commit ${commit.slice(0, 12)}`)}  ${displayText(first.commitSummary ?? "")}  ${colors.dim(byWhom)}`;
    lines.push(commit ? heading : colors.bold(displayText(options.label)));
    for (const finding of findings) lines.push(...findingLines(finding, report.rules, colors, options, { lineShown: true }));
    lines.push("");
  }
  lines.push(summaryLine(report, colors));
  return `${guardLines(lines.join("\n"))}
`;
}
function groupFindings(findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (!finding.commit) continue;
    const key = keyOf(finding);
    const list = byKey.get(key) ?? [];
    if (!list.some((other) => other.commit === finding.commit)) list.push(finding);
    byKey.set(key, list);
  }
  const repeated = [...byKey.values()].filter((group) => group.length > 1);
  const sameAsGrouped = new Set(repeated.map((group) => keyOf(group[0])));
  const byCommit = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.commit && sameAsGrouped.has(keyOf(finding))) continue;
    const key = finding.commit ?? "";
    const list = byCommit.get(key) ?? [];
    list.push(finding);
    byCommit.set(key, list);
  }
  return { repeated, byCommit };
}
function keyOf(finding) {
  return [finding.status, finding.ruleId, finding.evidence, finding.path ?? "", finding.field ?? ""].join("\0");
}
function findingLines(finding, rules, colors, options, place) {
  const paint = {
    blocking: colors.red,
    warning: colors.yellow,
    info: colors.blue,
    allowed: colors.green,
    baselined: colors.dim,
    grandfathered: colors.dim
  };
  const color = paint[finding.status] ?? ((text) => text);
  const line = place.lineShown && finding.line ? finding.line : void 0;
  const where = finding.path ? `${displayText(finding.path)}${line ? `:${line}` : ""}` : finding.field ? `${finding.field}${line ? ` line ${line}` : ""}` : "";
  const lines = [`  ${color(`${MARK[finding.status] ?? "-"} ${finding.status}`)}  ${colors.bold(finding.ruleId)}  ${where}`];
  if (finding.evidence !== finding.path) lines.push(`      ${colors.cyan(displayText(finding.evidence))}`);
  lines.push(`      ${displayText(ruleTextOf(rules, finding).description)}`);
  if (finding.note) lines.push(`      ${colors.dim(displayText(finding.note))}`);
  if (finding.status === "blocking" || finding.status === "warning") {
    lines.push(`      ${colors.green("fix:")} ${displayText(place.fix ?? fixFor(finding, rules, options.rootCommits))}`);
  }
  if (options.detail === "verbose") {
    const why = options.why?.(finding.ruleId);
    if (why) lines.push(`      ${colors.dim(`why: ${displayText(why)}`)}`);
    const facts = `tool ${finding.tool}, kind ${finding.kind}, severity ${finding.severity}, fingerprint ${finding.fingerprint}`;
    lines.push(`      ${colors.dim(facts)}`);
    if (finding.commit) lines.push(`      ${colors.dim(`commit ${finding.commit}`)}`);
  }
  return lines;
}
function summaryLine(report, colors) {
  const { summary } = report;
  const commits = `${summary.commitsScanned} commit${summary.commitsScanned === 1 ? "" : "s"}`;
  const scanned = summary.commitsScanned > 0 ? ` \xB7 ${commits} scanned` : "";
  if (summary.total === 0) return `${colors.green("\u2713 aiguard: no AI tool traces found")}${scanned}`;
  const parts = [`${summary.blocking} blocking`, `${summary.warning} warning${summary.warning === 1 ? "" : "s"}`, `${summary.info} info`];
  for (const status of ["allowed", "baselined", "grandfathered"]) {
    if (summary[status] > 0) parts.push(`${summary[status]} ${status}`);
  }
  const head = summary.blocking > 0 ? colors.red(colors.bold("\u2716 aiguard: blocked")) : colors.yellow("\u26A0 aiguard: passed with findings");
  return `${head} \u2014 ${parts.join(", ")}${scanned}`;
}
export {
  formatText
};
