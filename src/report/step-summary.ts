import type { Report } from '../types.js';
import { placeOf } from './report-place.js';
import { displayText } from './safe-text.js';
import { codeSpan } from './markdown.js';

const MARK: Record<string, string> = {
  blocking: '❌ blocking',
  warning: '⚠️ warning',
  info: 'ℹ️ info',
  allowed: '✅ allowed',
  baselined: '○ baselined',
  grandfathered: '○ grandfathered',
};
const EVIDENCE_SHOWN = 120;
const TABLE = { inTable: true };

/** A markdown table of the findings for $GITHUB_STEP_SUMMARY; the repository's text is only ever code spans. */
export function formatStepSummary(report: Report, label: string): string {
  const { summary } = report;
  const head =
    summary.blocking > 0
      ? '### ❌ aiguard: blocked'
      : summary.total > 0
        ? '### ⚠️ aiguard: passed with findings'
        : '### ✅ aiguard: no AI tool traces found';
  const commits = `${summary.commitsScanned} commit${summary.commitsScanned === 1 ? '' : 's'} scanned`;
  const counts = `${summary.blocking} blocking, ${summary.warning} warning, ${summary.info} info`;
  const lines = [head, '', `${cell(label)} · ${commits} · ${counts}`, ''];
  if (report.findings.length > 0) {
    lines.push('| Status | Rule | Where | Evidence |', '| --- | --- | --- | --- |');
    for (const finding of report.findings) {
      const place = placeOf(finding);
      const line = finding.line ? `:${finding.line}` : '';
      const where = place.file !== undefined ? `${codeSpan(place.file, TABLE)}${line}` : cell(place.logical!.name);
      const evidence = displayText(finding.evidence);
      const shown = evidence.length > EVIDENCE_SHOWN ? `${[...evidence].slice(0, EVIDENCE_SHOWN).join('')}…` : evidence;
      const mark = MARK[finding.status] ?? finding.status;
      lines.push(`| ${mark} | ${codeSpan(finding.ruleId, TABLE)} | ${where} | ${codeSpan(shown, TABLE)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** Table-cell text of our own: markup, entities, pipes and line breaks cannot break out of the cell. */
function cell(text: string): string {
  return displayText(text).replace(/[\\`*_{}[\]()<>|#!~$&:@+-]/g, (char) => `\\${char}`);
}
