import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  fixFor,
  rebaseBase,
  rewordCommand,
  topPathspec
} from "./chunk-ZN6I7QMI.js";
import {
  displayText,
  guardLines,
  shellQuote
} from "./chunk-VWGE2P5Z.js";
import {
  ruleTextOf
} from "./chunk-WYUSH6JS.js";
import "./chunk-LOBCSSTG.js";

// src/report/hook-text.ts
import { relative, resolve } from "node:path";

// src/report/rewrite-recipe.ts
function rewriteRecipe(blocking, rootCommits) {
  const inCommits = blocking.filter((finding) => finding.commit !== void 0);
  const commits = [...new Set(inCommits.map((finding) => finding.commit))];
  if (commits.length === 0) return void 0;
  const base = rebaseBase(commits, rootCommits);
  const kinds = new Set(inCommits.map((finding) => finding.kind));
  const steps = [];
  if (kinds.has("message")) {
    steps.push(`fix:   ${rewordCommand(base)}`);
    steps.push("       (rewords every commit since then through aiguard fix-message, which removes the AI lines)");
  }
  const paths = [...new Set(inCommits.filter((finding) => finding.path).map((finding) => shellQuote(topPathspec(finding.path))))];
  const identities = kinds.has("identity");
  if (paths.length > 0 || identities) {
    const remove = paths.length > 0 ? `git rm -r -q --cached --ignore-unmatch ${paths.join(" ")}` : "";
    const amend = [remove, `git commit --amend --no-edit${identities ? " --reset-author" : ""}`].filter(Boolean).join(" && ");
    const marks = commits.map((id) => id.slice(0, 12)).join(" ");
    steps.push(`${steps.length ? "  and: " : "fix:   "}git rebase -i ${base}   # mark ${marks} "edit"; at each stop:`);
    steps.push(`       ${amend} && git rebase --continue`);
  }
  steps.push("       then push again.");
  return steps;
}

// src/report/hook-text.ts
var ACTION = {
  "pre-commit": "commit refused",
  "commit-msg": "commit refused",
  "prepare-commit-msg": "commit refused",
  "pre-push": "push refused",
  "pre-receive": "push refused by the server"
};
function formatHookText(report, options) {
  const paint = painter(options.color === true);
  const blocking = report.findings.filter((finding) => finding.status === "blocking");
  const warnings = report.findings.filter((finding) => finding.status === "warning");
  const policy = options.policySource ? displayPath(options.policySource) : "the built-in default policy";
  const lines = [];
  if (options.stripped?.length) {
    const count = `${options.stripped.length} AI attribution line${options.stripped.length === 1 ? "" : "s"}`;
    lines.push(`aiguard: removed ${count} from the commit message (message.onViolation: strip):`);
    for (const line of options.stripped) lines.push(`  - ${displayText(line)}`);
  }
  if (blocking.length > 0) {
    const count = `${blocking.length} blocking finding${blocking.length === 1 ? "" : "s"}`;
    lines.push(paint.red(`aiguard: ${ACTION[options.hook] ?? "refused"} \u2014 ${count} under ${policy}`));
    const fixes = /* @__PURE__ */ new Set();
    for (const finding of blocking) {
      lines.push("", `${paint.red("\u2716")} ${where(finding)}`);
      if (finding.evidence !== finding.path) lines.push(`  found: ${displayText(finding.evidence)}`);
      const key = options.levelKey?.(finding) ?? `tools.${finding.tool}`;
      const { description } = ruleTextOf(report.rules, finding);
      lines.push(`  rule:  ${displayText(`${finding.ruleId} \u2014 ${description} (${key}: block)`)}`);
      const why = options.why(finding.ruleId);
      if (why) lines.push(`  why:   ${displayText(why)}`);
      const fix = isCommitFinding(finding) ? void 0 : fixCommand(finding, report.rules, options);
      if (fix && !fixes.has(fix)) lines.push(`  fix:   ${paint.green(displayText(fix))}`);
      if (fix) fixes.add(fix);
    }
    const recipe = rewriteRecipe(blocking, options.rootCommits ?? /* @__PURE__ */ new Set());
    if (recipe) lines.push("", ...recipe.map((line) => paint.green(displayText(line))));
  }
  for (const finding of warnings) {
    const { description } = ruleTextOf(report.rules, finding);
    lines.push(`${paint.yellow("\u26A0")} warning: ${where(finding)} \u2014 ${displayText(description)} (${finding.ruleId})`);
  }
  if (blocking.length > 0) lines.push(`More: aiguard explain ${blocking[0].ruleId}`);
  return `${guardLines(lines.join("\n"))}
`;
}
function where(finding) {
  const commit = finding.commit ? `commit ${finding.commit.slice(0, 12)} "${displayText(finding.commitSummary ?? "")}"` : "";
  let place = "";
  if (finding.kind === "environment") place = "the environment of this git process";
  else if (finding.path) place = `${displayText(finding.path)}${finding.line ? `:${finding.line}` : ""}`;
  else if (finding.field === "author" || finding.field === "committer") place = `${finding.field} ${displayText(finding.evidence)}`;
  else if (/^(?:tag|tagger|note) /.test(finding.field ?? "")) {
    const detail = finding.kind === "identity" ? ` ${finding.evidence}` : finding.line ? ` line ${finding.line}` : "";
    place = displayText(`${finding.field}${detail}`);
  } else if (finding.kind === "message" || finding.field) place = `commit message${finding.line ? ` line ${finding.line}` : ""}`;
  return [commit, place].filter(Boolean).join(", ");
}
function isCommitFinding(finding) {
  return finding.commit !== void 0;
}
function fixCommand(finding, rules, options) {
  if (finding.kind === "message" && options.messageFile) {
    const file = shellQuote(resolve(options.messageFile));
    return `aiguard fix-message ${file} && git commit -F ${file}   (or set "message": {"onViolation": "strip"})`;
  }
  return fixFor(finding, rules, options.rootCommits);
}
function displayPath(file) {
  const relativePath = relative(process.cwd(), file);
  return relativePath && !relativePath.startsWith("..") ? relativePath : file;
}
function painter(enabled) {
  const wrap = (code) => (text) => enabled ? `\x1B[${code}m${text}\x1B[39m` : text;
  return { red: wrap(31), green: wrap(32), yellow: wrap(33) };
}
export {
  formatHookText
};
