import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  shellQuote
} from "./chunk-VWGE2P5Z.js";
import {
  ruleTextOf
} from "./chunk-WYUSH6JS.js";

// src/report/build-report.ts
function summarize(findings, commitsScanned) {
  const summary = {
    total: findings.length,
    blocking: 0,
    warning: 0,
    info: 0,
    allowed: 0,
    baselined: 0,
    grandfathered: 0,
    commitsScanned,
    byTool: {}
  };
  for (const finding of findings) {
    summary[finding.status]++;
    summary.byTool[finding.tool] = (summary.byTool[finding.tool] ?? 0) + 1;
  }
  return summary;
}
function buildReport(findings, commitsScanned, rules) {
  return { version: 1, findings, summary: summarize(findings, commitsScanned), ...rules ? { rules } : {} };
}
function isBlocking(report) {
  return report.summary.blocking > 0;
}
var FIX_BY_FIELD = {
  title: () => "Edit the pull request's title to remove it",
  body: (finding) => `Edit the pull request's description to remove ${finding.line ? `line ${finding.line}` : "it"}`
};
function fixFor(finding, rules, rootCommits = NO_ROOTS) {
  const placeFix = finding.kind !== "pull-request" && finding.field !== void 0 ? FIX_BY_FIELD[finding.field] : void 0;
  if (placeFix) return placeFix(finding);
  if (finding.kind === "message" && finding.commit) return rewordCommand(rebaseBase([finding.commit], rootCommits));
  return ruleFix(ruleTextOf(rules, finding).fix, finding.path);
}
function ruleFix(fix, path) {
  return fillPath(fix, path).replaceAll(COMMIT_EDITMSG_FIX, GIT_PATH_EDITMSG_FIX);
}
var NO_ROOTS = /* @__PURE__ */ new Set();
var COMMIT_EDITMSG_FIX = "aiguard fix-message .git/COMMIT_EDITMSG";
var GIT_PATH_EDITMSG_FIX = 'aiguard fix-message "$(git rev-parse --git-path COMMIT_EDITMSG)"';
function rebaseBase(commits, rootCommits) {
  const oldest = commits[commits.length - 1];
  return rootCommits.has(oldest) ? "--root" : `${oldest.slice(0, 12)}^`;
}
function rewordCommand(base) {
  return `git -c sequence.editor='sed -i.bak s/^pick/reword/' -c core.editor='aiguard fix-message' rebase -i ${base}`;
}
function fillPath(fix, path) {
  if (path === void 0) return fix.replaceAll("{path}", "<file>");
  return fix.replace(/(git rm (?:-r )?--cached )\{path\}/g, (_, command) => `${command}${shellQuote(topPathspec(path))}`).replaceAll("{path}", shellQuote(path));
}
function topPathspec(path) {
  return /[*?[\\]|^[:!^]/.test(path) ? `:(top,literal)${path}` : `:/${path}`;
}

export {
  summarize,
  buildReport,
  isBlocking,
  fixFor,
  ruleFix,
  rebaseBase,
  rewordCommand,
  fillPath,
  topPathspec
};
