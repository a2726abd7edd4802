import type { Verdict, Report, RuleText, Summary } from '../types.js';
import { shellQuote } from './safe-text.js';
import { ruleTextOf } from './rule-text.js';

export function summarize(findings: Verdict[], commitsScanned: number): Summary {
  const summary: Summary = {
    total: findings.length,
    blocking: 0,
    warning: 0,
    info: 0,
    allowed: 0,
    baselined: 0,
    grandfathered: 0,
    commitsScanned,
    byTool: {},
  };
  for (const finding of findings) {
    summary[finding.status]++;
    summary.byTool[finding.tool] = (summary.byTool[finding.tool] ?? 0) + 1;
  }
  return summary;
}

/** Findings in a stable order: commits as git listed them, then by path and line. */
export function buildReport(findings: Verdict[], commitsScanned: number, rules?: Record<string, RuleText>): Report {
  return { version: 1, findings, summary: summarize(findings, commitsScanned), ...(rules ? { rules } : {}) };
}

export function isBlocking(report: Report): boolean {
  return report.summary.blocking > 0;
}

/**
 * Where a finding was read from a place its rule's fix does not edit: a message rule applied to a pull request's
 * title or body cannot be fixed with fix-message or an amend. Pull-request rules' own fixes already speak of the PR.
 */
const FIX_BY_FIELD: Record<string, (finding: Verdict) => string> = {
  title: () => "Edit the pull request's title to remove it",
  body: (finding) => `Edit the pull request's description to remove ${finding.line ? `line ${finding.line}` : 'it'}`,
};

/**
 * The fix text of the finding's rule (from the report's rule texts) with its path filled in, or the fix of the place
 * it was found in. A message already committed is reworded by a rebase from its parent (or --root for a first commit).
 */
export function fixFor(finding: Verdict, rules: Report['rules'], rootCommits: ReadonlySet<string> = NO_ROOTS): string {
  const placeFix = finding.kind !== 'pull-request' && finding.field !== undefined ? FIX_BY_FIELD[finding.field] : undefined;
  if (placeFix) return placeFix(finding);
  if (finding.kind === 'message' && finding.commit) return rewordCommand(rebaseBase([finding.commit], rootCommits));
  return ruleFix(ruleTextOf(rules, finding).fix, finding.path);
}

/** A rule's fix as a command to run: its {path} filled in (a placeholder when none), the message file named by git. */
export function ruleFix(fix: string, path: string | undefined): string {
  return fillPath(fix, path).replaceAll(COMMIT_EDITMSG_FIX, GIT_PATH_EDITMSG_FIX);
}

const NO_ROOTS: ReadonlySet<string> = new Set();
// The rules name the message file from the top of a plain checkout; git says where it is from any folder and worktree.
const COMMIT_EDITMSG_FIX = 'aiguard fix-message .git/COMMIT_EDITMSG';
const GIT_PATH_EDITMSG_FIX = 'aiguard fix-message "$(git rev-parse --git-path COMMIT_EDITMSG)"';

/** Where a rebase that rewrites these commits starts: the parent of the oldest (git lists newest first), or --root. */
export function rebaseBase(commits: readonly string[], rootCommits: ReadonlySet<string>): string {
  const oldest = commits[commits.length - 1]!;
  return rootCommits.has(oldest) ? '--root' : `${oldest.slice(0, 12)}^`;
}

/** Rewords every commit from `base` on through aiguard fix-message, which removes the AI lines and keeps the rest. */
export function rewordCommand(base: string): string {
  return `git -c sequence.editor='sed -i.bak s/^pick/reword/' -c core.editor='aiguard fix-message' rebase -i ${base}`;
}

/**
 * A fix text with {path} filled in. In a git command the path is a pathspec from the top of the work tree, so the
 * command works from any folder of it (hooks run at the top; the person reading them may be anywhere).
 */
export function fillPath(fix: string, path: string | undefined): string {
  if (path === undefined) return fix.replaceAll('{path}', '<file>');
  return fix
    .replace(/(git rm (?:-r )?--cached )\{path\}/g, (_, command: string) => `${command}${shellQuote(topPathspec(path))}`)
    .replaceAll('{path}', shellQuote(path));
}

/** `:/path`, or `:(top,literal)path` when the path holds glob or pathspec-magic characters. */
export function topPathspec(path: string): string {
  return /[*?[\\]|^[:!^]/.test(path) ? `:(top,literal)${path}` : `:/${path}`;
}

export { shellQuote };
