// The compact refusal a hook prints: what, where, why under this policy, and the exact command that fixes it.
import { relative, resolve } from 'node:path';
import type { Verdict, Report } from '../types.js';
import { fixFor, shellQuote } from './build-report.js';
import { rewriteRecipe } from './rewrite-recipe.js';
import { displayText, guardLines } from './safe-text.js';
import { ruleTextOf } from './rule-text.js';

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
  /** Commits without a parent, rewritten with `rebase --root`. */
  rootCommits?: ReadonlySet<string>;
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
    const count = `${options.stripped.length} AI attribution line${options.stripped.length === 1 ? '' : 's'}`;
    lines.push(`aiguard: removed ${count} from the commit message (message.onViolation: strip):`);
    for (const line of options.stripped) lines.push(`  - ${displayText(line)}`);
  }
  if (blocking.length > 0) {
    const count = `${blocking.length} blocking finding${blocking.length === 1 ? '' : 's'}`;
    lines.push(paint.red(`aiguard: ${ACTION[options.hook] ?? 'refused'} — ${count} under ${policy}`));
    const fixes = new Set<string>();
    for (const finding of blocking) {
      lines.push('', `${paint.red('✖')} ${where(finding)}`);
      if (finding.evidence !== finding.path) lines.push(`  found: ${displayText(finding.evidence)}`);
      const key = options.levelKey?.(finding) ?? `tools.${finding.tool}`;
      const { description } = ruleTextOf(report.rules, finding);
      lines.push(`  rule:  ${displayText(`${finding.ruleId} — ${description} (${key}: block)`)}`);
      const why = options.why(finding.ruleId);
      if (why) lines.push(`  why:   ${displayText(why)}`);
      const fix = isCommitFinding(finding) ? undefined : fixCommand(finding, report.rules, options);
      // The same command for several findings (two lines of one message) is said once.
      if (fix && !fixes.has(fix)) lines.push(`  fix:   ${paint.green(displayText(fix))}`);
      if (fix) fixes.add(fix);
    }
    const recipe = rewriteRecipe(blocking, options.rootCommits ?? new Set());
    if (recipe) lines.push('', ...recipe.map((line) => paint.green(displayText(line))));
  }
  for (const finding of warnings) {
    const { description } = ruleTextOf(report.rules, finding);
    lines.push(`${paint.yellow('⚠')} warning: ${where(finding)} — ${displayText(description)} (${finding.ruleId})`);
  }
  if (blocking.length > 0) lines.push(`More: aiguard explain ${blocking[0]!.ruleId}`);
  return `${guardLines(lines.join('\n'))}\n`;
}

/** Evidence, paths and summaries come from the repository: shown escaped, on one line. */
function where(finding: Verdict): string {
  const commit = finding.commit ? `commit ${finding.commit.slice(0, 12)} "${displayText(finding.commitSummary ?? '')}"` : '';
  let place = '';
  if (finding.kind === 'environment') place = 'the environment of this git process';
  else if (finding.path) place = `${displayText(finding.path)}${finding.line ? `:${finding.line}` : ''}`;
  else if (finding.field === 'author' || finding.field === 'committer') place = `${finding.field} ${displayText(finding.evidence)}`;
  // An annotated tag's message or tagger, or a note: their field names the tag or the annotated commit.
  else if (/^(?:tag|tagger|note) /.test(finding.field ?? '')) {
    const detail = finding.kind === 'identity' ? ` ${finding.evidence}` : finding.line ? ` line ${finding.line}` : '';
    place = displayText(`${finding.field}${detail}`);
  } else if (finding.kind === 'message' || finding.field) place = `commit message${finding.line ? ` line ${finding.line}` : ''}`;
  return [commit, place].filter(Boolean).join(', ');
}

function isCommitFinding(finding: Verdict): boolean {
  return finding.commit !== undefined;
}

function fixCommand(finding: Verdict, rules: Report['rules'], options: HookTextOptions): string {
  if (finding.kind === 'message' && options.messageFile) {
    // Absolute: git runs hooks at the top of the work tree, the person may be in any folder of it.
    const file = shellQuote(resolve(options.messageFile));
    return `aiguard fix-message ${file} && git commit -F ${file}   (or set "message": {"onViolation": "strip"})`;
  }
  return fixFor(finding, rules, options.rootCommits);
}

function displayPath(file: string): string {
  const relativePath = relative(process.cwd(), file);
  return relativePath && !relativePath.startsWith('..') ? relativePath : file;
}

function painter(enabled: boolean): Record<'red' | 'green' | 'yellow', (text: string) => string> {
  const wrap = (code: number) => (text: string) => (enabled ? `\x1b[${code}m${text}\x1b[39m` : text);
  return { red: wrap(31), green: wrap(32), yellow: wrap(33) };
}
