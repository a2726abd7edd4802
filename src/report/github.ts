import type { Report } from '../types.js';
import type { FormatContext } from './format-context.js';
import { displayText } from './safe-text.js';
import { fixFor } from './build-report.js';
import { findingMessage } from './report-place.js';
import { isActive } from '../policy/finding-status.js';

const COMMAND: Record<string, string> = { blocking: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands: one ::error / ::warning / ::notice a finding, on the file and line when there is one. */
export function formatGithub(report: Report, context?: FormatContext): string {
  const lines: string[] = [];
  for (const finding of report.findings) {
    if (!isActive(finding)) continue;
    const properties: string[] = [];
    if (finding.path !== undefined) properties.push(`file=${escapeProperty(displayText(finding.path))}`);
    if (finding.path !== undefined && finding.line) properties.push(`line=${finding.line}`);
    properties.push(`title=${escapeProperty(`aiguard ${finding.ruleId}`)}`);
    // Our one line break is escaped as %0A; the repository's own are shown as \n and cannot end the command.
    const message = `${findingMessage(finding, report.rules)}\nFix: ${displayText(fixFor(finding, report.rules, context?.rootCommits))}`;
    lines.push(`::${COMMAND[finding.status]} ${properties.join(',')}::${escapeData(message)}`);
  }
  const { summary } = report;
  const scanned = summary.commitsScanned ? ` · ${plural(summary.commitsScanned, 'commit')} scanned` : '';
  lines.push(`aiguard: ${summary.blocking} blocking, ${plural(summary.warning, 'warning')}, ${summary.info} info${scanned}`);
  return `${lines.join('\n')}\n`;
}

/** The runner's escaping for a command's message (toCommandValue + escapeData in @actions/core). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Properties also lose their separators: ':' ends the property list and ',' separates properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
