import type { Verdict, Report } from '../types.js';
import { fixFor } from './build-report.js';
import { findingMessage, placeOf } from './report-place.js';

/** JUnit XML: one test case a finding (blocking ones fail, allowed ones are skipped); a clean run is one passing case. */
export function formatJunit(report: Report, label: string): string {
  const cases = report.findings.map(testCase);
  if (cases.length === 0) cases.push(`    <testcase classname="aiguard" name="${xml(`no AI tool traces in ${label}`)}"/>`);
  const failures = report.summary.blocking;
  const skipped = report.findings.filter((finding) => finding.status === 'allowed' || finding.status === 'baselined' || finding.status === 'grandfathered').length;
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

function testCase(finding: Verdict): string {
  const place = placeOf(finding);
  const where = place.file !== undefined ? `${place.file}${finding.line ? `:${finding.line}` : ''}` : place.logical!.name;
  const open = `    <testcase classname="${xml(finding.ruleId)}" name="${xml(where)}"${place.file !== undefined ? ` file="${xml(place.file)}"` : ''}>`;
  const detail = xml(`${findingMessage(finding)}\nFix: ${fixFor(finding)}`);
  switch (finding.status) {
    case 'blocking':
      return `${open}\n      <failure type="${finding.ruleId}" message="${xml(finding.description)}">${detail}</failure>\n    </testcase>`;
    case 'warning':
    case 'info':
      return `${open}\n      <system-out>${xml(`${finding.status}: `)}${detail}</system-out>\n    </testcase>`;
    default:
      return `${open}\n      <skipped message="${xml(`${finding.status}${finding.note ? `: ${finding.note}` : ''}`)}"/>\n    </testcase>`;
  }
}

/** XML text and attribute escaping; characters XML 1.0 cannot carry are dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
