import pc from 'picocolors';
import type { Verdict, Report } from '../types.js';
import { fixFor } from './build-report.js';

export interface TextOptions {
  /** Heading for findings that belong to no commit: "working tree", "staged changes", "commit message"… */
  label: string;
  color?: boolean;
}

const MARK: Record<string, string> = { blocking: '✖', warning: '⚠', info: 'ℹ', allowed: '✓', baselined: '○', grandfathered: '○' };

/** Findings grouped by commit (or by the thing scanned), each with rule, evidence, place and fix. */
export function formatText(report: Report, options: TextOptions): string {
  const colors = pc.createColors(options.color ?? pc.isColorSupported);
  const paint: Record<string, (text: string) => string> = {
    blocking: colors.red,
    warning: colors.yellow,
    info: colors.blue,
    allowed: colors.green,
    baselined: colors.dim,
    grandfathered: colors.dim,
  };
  const groups = new Map<string, Verdict[]>();
  for (const finding of report.findings) {
    const key = finding.commit ?? '';
    const list = groups.get(key) ?? [];
    list.push(finding);
    groups.set(key, list);
  }
  const lines: string[] = [];
  for (const [commit, findings] of groups) {
    const first = findings[0]!;
    lines.push(
      commit
        ? `${colors.bold(`commit ${commit.slice(0, 12)}`)}  ${first.commitSummary ?? ''}  ${colors.dim(`${first.author ?? ''} ${first.commitDate?.slice(0, 10) ?? ''}`)}`
        : colors.bold(options.label),
    );
    for (const finding of findings) {
      const color = paint[finding.status] ?? ((text: string) => text);
      const where = finding.path ? `${finding.path}${finding.line ? `:${finding.line}` : ''}` : finding.field ? `${finding.field}${finding.line ? ` line ${finding.line}` : ''}` : '';
      lines.push(`  ${color(`${MARK[finding.status] ?? '-'} ${finding.status}`)}  ${colors.bold(finding.ruleId)}  ${where}`);
      if (finding.evidence !== finding.path) lines.push(`      ${colors.cyan(finding.evidence)}`);
      lines.push(`      ${finding.description}`);
      if (finding.note) lines.push(`      ${colors.dim(finding.note)}`);
      if (finding.status === 'blocking' || finding.status === 'warning') lines.push(`      ${colors.green('fix:')} ${fixFor(finding)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(report, colors));
  return `${lines.join('\n')}\n`;
}

function summaryLine(report: Report, colors: ReturnType<typeof pc.createColors>): string {
  const { summary } = report;
  const scanned = summary.commitsScanned > 0 ? ` · ${summary.commitsScanned} commit${summary.commitsScanned === 1 ? '' : 's'} scanned` : '';
  if (summary.total === 0) return `${colors.green('✓ aiguard: no AI tool traces found')}${scanned}`;
  const parts = [`${summary.blocking} blocking`, `${summary.warning} warning${summary.warning === 1 ? '' : 's'}`, `${summary.info} info`];
  for (const status of ['allowed', 'baselined', 'grandfathered'] as const) if (summary[status] > 0) parts.push(`${summary[status]} ${status}`);
  const head = summary.blocking > 0 ? colors.red(colors.bold('✖ aiguard: blocked')) : colors.yellow('⚠ aiguard: passed with findings');
  return `${head} — ${parts.join(', ')}${scanned}`;
}
