import { placeOf } from './report-place.js';
const MARK = { blocking: '❌ blocking', warning: '⚠️ warning', info: 'ℹ️ info', allowed: '✅ allowed', baselined: '○ baselined', grandfathered: '○ grandfathered' };
/** A markdown table of the findings for $GITHUB_STEP_SUMMARY. */
export function formatStepSummary(report, label) {
    const { summary } = report;
    const head = summary.blocking > 0 ? '### ❌ aiguard: blocked' : summary.total > 0 ? '### ⚠️ aiguard: passed with findings' : '### ✅ aiguard: no AI tool traces found';
    const lines = [head, '', `${cell(label)} · ${summary.commitsScanned} commit${summary.commitsScanned === 1 ? '' : 's'} scanned · ${summary.blocking} blocking, ${summary.warning} warning, ${summary.info} info`, ''];
    if (report.findings.length > 0) {
        lines.push('| Status | Rule | Where | Evidence |', '| --- | --- | --- | --- |');
        for (const finding of report.findings) {
            const place = placeOf(finding);
            const where = place.file !== undefined ? `\`${code(place.file)}\`${finding.line ? `:${finding.line}` : ''}` : cell(place.logical.name);
            lines.push(`| ${MARK[finding.status] ?? finding.status} | \`${code(finding.ruleId)}\` | ${where} | ${cell(finding.evidence.slice(0, 120))} |`);
        }
        lines.push('');
    }
    return `${lines.join('\n')}\n`;
}
/** Table-cell text: pipes, markup and line breaks cannot break out of the cell. */
function cell(text) {
    return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}
function code(text) {
    return text.replaceAll('`', "'").replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}
