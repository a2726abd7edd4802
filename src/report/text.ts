import pc from 'picocolors';
import type { Verdict, Report } from '../types.js';
import { fixFor, rebaseBase, rewordCommand } from './build-report.js';
import type { FormatContext } from './format-context.js';
import { displayText, guardLines } from './safe-text.js';
import { ruleTextOf } from './rule-text.js';

export type TextOptions = FormatContext;

type Colors = ReturnType<typeof pc.createColors>;

const MARK: Record<string, string> = {
  blocking: '✖',
  warning: '⚠',
  info: 'ℹ',
  allowed: '✓',
  baselined: '○',
  grandfathered: '○',
};
// A repeated finding lists this many commits unless --verbose asks for all of them.
const COMMITS_SHOWN = 10;

/**
 * Findings grouped by commit (or by the thing scanned), each with rule, evidence, place and fix. A finding that
 * recurs across commits (same rule, status, evidence and place) is one entry with a count and its commits.
 */
export function formatText(report: Report, options: TextOptions): string {
  const colors = pc.createColors(options.color === true);
  if (options.detail === 'quiet') return `${summaryLine(report, colors)}\n`;
  const { repeated, byCommit } = groupFindings(report.findings);
  const lines: string[] = [];
  for (const group of repeated) {
    const first = group[0]!;
    lines.push(colors.bold(`${group.length} commits with the same finding`));
    const commits = group.map((finding) => finding.commit!);
    // A message reworded in many commits: one rebase from the parent of the oldest rewrites them all.
    const fix = first.kind === 'message' ? rewordCommand(rebaseBase(commits, options.rootCommits ?? new Set())) : undefined;
    const lineShown = group.every((finding) => finding.line === first.line);
    lines.push(...findingLines(first, report.rules, colors, options, { lineShown, fix }));
    const ids = group.map((finding) => finding.commit!.slice(0, 12));
    const shown = options.detail === 'verbose' ? ids : ids.slice(0, COMMITS_SHOWN);
    const more = ids.length - shown.length;
    lines.push(`      ${colors.dim('commits:')} ${shown.join(' ')}${more > 0 ? ` … and ${more} more (--verbose lists them all)` : ''}`);
    lines.push('');
  }
  for (const [commit, findings] of byCommit) {
    const first = findings[0]!;
    const byWhom = `${displayText(first.author ?? '')} ${first.commitDate?.slice(0, 10) ?? ''}`;
    const heading = `${colors.bold(`commit ${commit.slice(0, 12)}`)}  ${displayText(first.commitSummary ?? '')}  ${colors.dim(byWhom)}`;
    lines.push(commit ? heading : colors.bold(displayText(options.label)));
    for (const finding of findings) lines.push(...findingLines(finding, report.rules, colors, options, { lineShown: true }));
    lines.push('');
  }
  lines.push(summaryLine(report, colors));
  return `${guardLines(lines.join('\n'))}\n`;
}

/** Repeated findings (in two commits or more) apart; the rest by commit, in the order git listed them. */
function groupFindings(findings: Verdict[]): { repeated: Verdict[][]; byCommit: Map<string, Verdict[]> } {
  const byKey = new Map<string, Verdict[]>();
  for (const finding of findings) {
    if (!finding.commit) continue;
    const key = keyOf(finding);
    const list = byKey.get(key) ?? [];
    if (!list.some((other) => other.commit === finding.commit)) list.push(finding);
    byKey.set(key, list);
  }
  const repeated = [...byKey.values()].filter((group) => group.length > 1);
  const sameAsGrouped = new Set(repeated.map((group) => keyOf(group[0]!)));
  const byCommit = new Map<string, Verdict[]>();
  for (const finding of findings) {
    // Every match of a repeated finding is covered by its entry.
    if (finding.commit && sameAsGrouped.has(keyOf(finding))) continue;
    const key = finding.commit ?? '';
    const list = byCommit.get(key) ?? [];
    list.push(finding);
    byCommit.set(key, list);
  }
  return { repeated, byCommit };
}

function keyOf(finding: Verdict): string {
  return [finding.status, finding.ruleId, finding.evidence, finding.path ?? '', finding.field ?? ''].join('\0');
}

function findingLines(
  finding: Verdict,
  rules: Report['rules'],
  colors: Colors,
  options: TextOptions,
  place: { lineShown: boolean; fix?: string },
): string[] {
  const paint: Record<string, (text: string) => string> = {
    blocking: colors.red,
    warning: colors.yellow,
    info: colors.blue,
    allowed: colors.green,
    baselined: colors.dim,
    grandfathered: colors.dim,
  };
  const color = paint[finding.status] ?? ((text: string) => text);
  const line = place.lineShown && finding.line ? finding.line : undefined;
  const where = finding.path
    ? `${displayText(finding.path)}${line ? `:${line}` : ''}`
    : finding.field
      ? `${finding.field}${line ? ` line ${line}` : ''}`
      : '';
  const lines = [`  ${color(`${MARK[finding.status] ?? '-'} ${finding.status}`)}  ${colors.bold(finding.ruleId)}  ${where}`];
  if (finding.evidence !== finding.path) lines.push(`      ${colors.cyan(displayText(finding.evidence))}`);
  lines.push(`      ${displayText(ruleTextOf(rules, finding).description)}`);
  if (finding.note) lines.push(`      ${colors.dim(displayText(finding.note))}`);
  if (finding.status === 'blocking' || finding.status === 'warning') {
    lines.push(`      ${colors.green('fix:')} ${displayText(place.fix ?? fixFor(finding, rules, options.rootCommits))}`);
  }
  if (options.detail === 'verbose') {
    const why = options.why?.(finding.ruleId);
    if (why) lines.push(`      ${colors.dim(`why: ${displayText(why)}`)}`);
    const facts = `tool ${finding.tool}, kind ${finding.kind}, severity ${finding.severity}, fingerprint ${finding.fingerprint}`;
    lines.push(`      ${colors.dim(facts)}`);
    if (finding.commit) lines.push(`      ${colors.dim(`commit ${finding.commit}`)}`);
  }
  return lines;
}

function summaryLine(report: Report, colors: Colors): string {
  const { summary } = report;
  const commits = `${summary.commitsScanned} commit${summary.commitsScanned === 1 ? '' : 's'}`;
  const scanned = summary.commitsScanned > 0 ? ` · ${commits} scanned` : '';
  if (summary.total === 0) return `${colors.green('✓ aiguard: no AI tool traces found')}${scanned}`;
  const parts = [`${summary.blocking} blocking`, `${summary.warning} warning${summary.warning === 1 ? '' : 's'}`, `${summary.info} info`];
  for (const status of ['allowed', 'baselined', 'grandfathered'] as const) {
    if (summary[status] > 0) parts.push(`${summary[status]} ${status}`);
  }
  const head = summary.blocking > 0 ? colors.red(colors.bold('✖ aiguard: blocked')) : colors.yellow('⚠ aiguard: passed with findings');
  return `${head} — ${parts.join(', ')}${scanned}`;
}
