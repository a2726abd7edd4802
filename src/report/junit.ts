import type { Verdict, Report } from '../types.js';
import { ruleTextOf } from './rule-text.js';
import type { FormatContext } from './format-context.js';
import { RAW_INVISIBLE, displayText } from './safe-text.js';
import { fixFor } from './build-report.js';
import { findingMessage, placeOf } from './report-place.js';

const SKIPPED = new Set(['allowed', 'baselined', 'grandfathered']);
const CLOSE = '    </testcase>';

/** JUnit XML: one test case a finding (blocking ones fail, allowed ones are skipped); a clean run is one passing case. */
export function formatJunit(report: Report, context: FormatContext): string {
  const { label } = context;
  const cases = report.findings.map((finding) => testCase(finding, report.rules, context));
  if (cases.length === 0) cases.push(`    <testcase classname="aiguard" name="${xml(`no AI tool traces in ${label}`)}"/>`);
  const failures = report.summary.blocking;
  const skipped = report.findings.filter((finding) => SKIPPED.has(finding.status)).length;
  const tests = Math.max(report.findings.length, 1);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="aiguard" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    `  <testsuite name="${xml(`aiguard: ${label}`)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function testCase(finding: Verdict, rules: Report['rules'], context: FormatContext): string {
  const place = placeOf(finding);
  const where = place.file !== undefined ? `${displayText(place.file)}${finding.line ? `:${finding.line}` : ''}` : place.logical!.name;
  const file = place.file !== undefined ? ` file="${xml(place.file)}"` : '';
  const open = `    <testcase classname="${xml(finding.ruleId)}" name="${xml(where)}"${file}>`;
  const { description } = ruleTextOf(rules, finding);
  const detail = xml(`${findingMessage(finding, rules)}\nFix: ${displayText(fixFor(finding, rules, context.rootCommits))}`);
  switch (finding.status) {
    case 'blocking':
      return `${open}\n      <failure type="${xml(finding.ruleId)}" message="${xml(description)}">${detail}</failure>\n${CLOSE}`;
    case 'warning':
    case 'info':
      return `${open}\n      <system-out>${xml(`${finding.status}: `)}${detail}</system-out>\n    </testcase>`;
    default:
      return `${open}\n      <skipped message="${xml(`${finding.status}${finding.note ? `: ${finding.note}` : ''}`)}"/>\n    </testcase>`;
  }
}

/**
 * XML text and attribute escaping; characters XML 1.0 cannot carry are dropped; line breaks are character
 * references, as are invisible and bidi controls: every line of the file is one the formatter wrote, and a log or
 * terminal that shows it acts on none of the repository's characters.
 */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replace(RAW_INVISIBLE, (char) => `&#x${char.charCodeAt(0).toString(16)};`)
    .replaceAll('##[', '#&#35;[');
}
