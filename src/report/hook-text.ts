// The compact refusal a hook prints: what, where, why under this policy, and the exact command that fixes it.
import { relative } from 'node:path';
import type { Verdict, Report } from '../types.js';
import { fixFor, shellQuote } from './build-report.js';

export interface HookTextOptions {
  hook: string;
  /** The policy file, or undefined for the built-in default. */
  policySource?: string;
  messageFile?: string;
  /** A rule's reason, from the rule set of the run. */
  why: (ruleId: string) => string | undefined;
  stripped?: string[];
  color?: boolean;
  /** The policy key that gave a finding its level: `rules.<id>` or `tools.<tool>`. */
  levelKey?: (finding: Verdict) => string;
}

const ACTION: Record<string, string> = {
  'pre-commit': 'commit refused',
  'commit-msg': 'commit refused',
  'prepare-commit-msg': 'commit refused',
  'pre-push': 'push refused',
  'pre-receive': 'push refused by the server',
};

export function formatHookText(report: Report, options: HookTextOptions): string {
  const paint = painter(options.color === true);
  const blocking = report.findings.filter((finding) => finding.status === 'blocking');
  const warnings = report.findings.filter((finding) => finding.status === 'warning');
  const policy = options.policySource ? displayPath(options.policySource) : 'the built-in default policy';
  const lines: string[] = [];
  if (options.stripped?.length) {
    lines.push(`aiguard: removed ${options.stripped.length} AI attribution line${options.stripped.length === 1 ? '' : 's'} from the commit message (message.onViolation: strip):`);
    for (const line of options.stripped) lines.push(`  - ${line}`);
  }
  if (blocking.length > 0) {
    const count = `${blocking.length} blocking finding${blocking.length === 1 ? '' : 's'}`;
    lines.push(paint.red(`aiguard: ${ACTION[options.hook] ?? 'refused'} — ${count} under ${policy}`));
    const fixes = new Set<string>();
    for (const finding of blocking) {
      lines.push('', `${paint.red('✖')} ${where(finding)}`);
      if (finding.evidence !== finding.path) lines.push(`  found: ${finding.evidence}`);
      const key = options.levelKey?.(finding) ?? `tools.${finding.tool}`;
      lines.push(`  rule:  ${finding.ruleId} — ${finding.description} (${key}: block)`);
      const why = options.why(finding.ruleId);
      if (why) lines.push(`  why:   ${why}`);
      const fix = isCommitFinding(finding) ? undefined : fixCommand(finding, options);
      // The same command for several findings (two lines of one message) is said once.
      if (fix && !fixes.has(fix)) lines.push(`  fix:   ${paint.green(fix)}`);
      if (fix) fixes.add(fix);
    }
    const recipe = rewriteRecipe(blocking, options.hook);
    if (recipe) lines.push('', ...recipe.map((line) => paint.green(line)));
  }
  for (const finding of warnings) lines.push(`${paint.yellow('⚠')} warning: ${where(finding)} — ${finding.description} (${finding.ruleId})`);
  if (blocking.length > 0) lines.push(`More: aiguard explain ${blocking[0]!.ruleId}`);
  return `${lines.join('\n')}\n`;
}

function where(finding: Verdict): string {
  const commit = finding.commit ? `commit ${finding.commit.slice(0, 12)} "${finding.commitSummary ?? ''}"` : '';
  let place = '';
  if (finding.kind === 'environment') place = 'the environment of this git process';
  else if (finding.path) place = `${finding.path}${finding.line ? `:${finding.line}` : ''}`;
  else if (finding.field === 'author' || finding.field === 'committer') place = `${finding.field} ${finding.evidence}`;
  else if (finding.kind === 'message' || finding.field) place = `commit message${finding.line ? ` line ${finding.line}` : ''}`;
  return [commit, place].filter(Boolean).join(', ');
}

function isCommitFinding(finding: Verdict): boolean {
  return finding.commit !== undefined;
}

function fixCommand(finding: Verdict, options: HookTextOptions): string {
  if (finding.kind === 'message' && options.messageFile) {
    const file = shellQuote(displayPath(options.messageFile));
    return `aiguard fix-message ${file} && git commit -F ${file}   (or set "message": {"onViolation": "strip"})`;
  }
  return fixFor(finding);
}

/** For commits already made: rewrite them from the parent of the oldest offending one, then push again. */
function rewriteRecipe(blocking: Verdict[], hook: string): string[] | undefined {
  const inCommits = blocking.filter((finding) => finding.commit !== undefined);
  const commits = [...new Set(inCommits.map((finding) => finding.commit!))];
  if (commits.length === 0) return undefined;
  // git log lists newest first: the last one is the oldest.
  const base = `${commits[commits.length - 1]!.slice(0, 12)}^`;
  const kinds = new Set(inCommits.map((finding) => finding.kind));
  const steps: string[] = [];
  if (kinds.has('message')) {
    steps.push(`fix:   git -c sequence.editor='sed -i.bak s/^pick/reword/' -c core.editor='aiguard fix-message' rebase -i ${base}`);
    steps.push('       (rewords every commit since then through aiguard fix-message, which removes the AI lines)');
  }
  const paths = [...new Set(inCommits.filter((finding) => finding.path).map((finding) => shellQuote(finding.path!)))];
  const identities = kinds.has('identity');
  if (paths.length > 0 || identities) {
    const amend = [paths.length > 0 ? `git rm -r --cached ${paths.join(' ')}` : '', `git commit --amend --no-edit${identities ? ' --reset-author' : ''}`].filter(Boolean).join(' && ');
    steps.push(`${steps.length ? '  and: ' : 'fix:   '}git rebase -i ${base}   # mark ${commits.map((id) => id.slice(0, 12)).join(' ')} "edit"; at each stop:`);
    steps.push(`       ${amend} && git rebase --continue`);
  }
  steps.push(hook === 'pre-receive' ? '       then push again.' : '       then push again.');
  return steps;
}

function displayPath(file: string): string {
  const relativePath = relative(process.cwd(), file);
  return relativePath && !relativePath.startsWith('..') ? relativePath : file;
}

function painter(enabled: boolean): Record<'red' | 'green' | 'yellow', (text: string) => string> {
  const wrap = (code: number) => (text: string) => (enabled ? `\x1b[${code}m${text}\x1b[39m` : text);
  return { red: wrap(31), green: wrap(32), yellow: wrap(33) };
}
