import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  fixFor,
  shellQuote
} from "./chunk-NFX7L2P6.js";
import "./chunk-5JE5XEE3.js";

// src/report/hook-text.ts
import { relative } from "node:path";
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
    lines.push(`aiguard: removed ${options.stripped.length} AI attribution line${options.stripped.length === 1 ? "" : "s"} from the commit message (message.onViolation: strip):`);
    for (const line of options.stripped) lines.push(`  - ${line}`);
  }
  if (blocking.length > 0) {
    const count = `${blocking.length} blocking finding${blocking.length === 1 ? "" : "s"}`;
    lines.push(paint.red(`aiguard: ${ACTION[options.hook] ?? "refused"} \u2014 ${count} under ${policy}`));
    const fixes = /* @__PURE__ */ new Set();
    for (const finding of blocking) {
      lines.push("", `${paint.red("\u2716")} ${where(finding)}`);
      if (finding.evidence !== finding.path) lines.push(`  found: ${finding.evidence}`);
      const key = options.levelKey?.(finding) ?? `tools.${finding.tool}`;
      lines.push(`  rule:  ${finding.ruleId} \u2014 ${finding.description} (${key}: block)`);
      const why = options.why(finding.ruleId);
      if (why) lines.push(`  why:   ${why}`);
      const fix = isCommitFinding(finding) ? void 0 : fixCommand(finding, options);
      if (fix && !fixes.has(fix)) lines.push(`  fix:   ${paint.green(fix)}`);
      if (fix) fixes.add(fix);
    }
    const recipe = rewriteRecipe(blocking, options.hook);
    if (recipe) lines.push("", ...recipe.map((line) => paint.green(line)));
  }
  for (const finding of warnings) lines.push(`${paint.yellow("\u26A0")} warning: ${where(finding)} \u2014 ${finding.description} (${finding.ruleId})`);
  if (blocking.length > 0) lines.push(`More: aiguard explain ${blocking[0].ruleId}`);
  return `${lines.join("\n")}
`;
}
function where(finding) {
  const commit = finding.commit ? `commit ${finding.commit.slice(0, 12)} "${finding.commitSummary ?? ""}"` : "";
  let place = "";
  if (finding.kind === "environment") place = "the environment of this git process";
  else if (finding.path) place = `${finding.path}${finding.line ? `:${finding.line}` : ""}`;
  else if (finding.field === "author" || finding.field === "committer") place = `${finding.field} ${finding.evidence}`;
  else if (finding.kind === "message" || finding.field) place = `commit message${finding.line ? ` line ${finding.line}` : ""}`;
  return [commit, place].filter(Boolean).join(", ");
}
function isCommitFinding(finding) {
  return finding.commit !== void 0;
}
function fixCommand(finding, options) {
  if (finding.kind === "message" && options.messageFile) {
    const file = shellQuote(displayPath(options.messageFile));
    return `aiguard fix-message ${file} && git commit -F ${file}   (or set "message": {"onViolation": "strip"})`;
  }
  return fixFor(finding);
}
function rewriteRecipe(blocking, hook) {
  const inCommits = blocking.filter((finding) => finding.commit !== void 0);
  const commits = [...new Set(inCommits.map((finding) => finding.commit))];
  if (commits.length === 0) return void 0;
  const base = `${commits[commits.length - 1].slice(0, 12)}^`;
  const kinds = new Set(inCommits.map((finding) => finding.kind));
  const steps = [];
  if (kinds.has("message")) {
    steps.push(`fix:   git -c sequence.editor='sed -i.bak s/^pick/reword/' -c core.editor='aiguard fix-message' rebase -i ${base}`);
    steps.push("       (rewords every commit since then through aiguard fix-message, which removes the AI lines)");
  }
  const paths = [...new Set(inCommits.filter((finding) => finding.path).map((finding) => shellQuote(finding.path)))];
  const identities = kinds.has("identity");
  if (paths.length > 0 || identities) {
    const amend = [paths.length > 0 ? `git rm -r --cached ${paths.join(" ")}` : "", `git commit --amend --no-edit${identities ? " --reset-author" : ""}`].filter(Boolean).join(" && ");
    steps.push(`${steps.length ? "  and: " : "fix:   "}git rebase -i ${base}   # mark ${commits.map((id) => id.slice(0, 12)).join(" ")} "edit"; at each stop:`);
    steps.push(`       ${amend} && git rebase --continue`);
  }
  steps.push(hook === "pre-receive" ? "       then push again." : "       then push again.");
  return steps;
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
