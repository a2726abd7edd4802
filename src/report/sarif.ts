import { createRequire } from 'node:module';
import type { Verdict, Report, Rule } from '../types.js';
import { builtinRules } from '../detect/builtin-rules.js';
import { fixFor } from './build-report.js';
import { findingMessage, placeOf } from './report-place.js';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { block: 'error', warn: 'warning', info: 'note' };
const SUPPRESSED = new Set(['allowed', 'baselined', 'grandfathered']);
// Results without a file are anchored here: GitHub code scanning rejects a file with results that have no physical location.
const ANCHOR_DIR = '.aiguard';

/** SARIF 2.1.0: one run, the rules that fired with their help text, one result a finding. */
export function formatSarif(report: Report): string {
  const known = new Map(safeBuiltinRules().map((rule) => [rule.id, rule]));
  const ruleIds = [...new Set(report.findings.map((finding) => finding.ruleId))];
  const rules = ruleIds.map((id) => driverRule(id, known.get(id), report.findings.find((finding) => finding.ruleId === id)!));
  const results = report.findings.map((finding) => result(finding, ruleIds.indexOf(finding.ruleId)));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'aiguard', semanticVersion: packageVersion(), rules } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function driverRule(id: string, rule: Rule | undefined, example: Verdict) {
  const description = rule?.description ?? example.description;
  const why = rule?.why ?? '';
  const fix = rule?.fix ?? example.fix;
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: why || description },
    help: {
      text: `${why ? `${why}\n\n` : ''}Fix: ${fix}`,
      markdown: `${why ? `${why}\n\n` : ''}**Fix:** \`${fix.replaceAll('`', "'")}\``,
    },
    defaultConfiguration: { level: LEVEL[rule?.severity ?? example.severity] ?? 'warning' },
    properties: { tags: ['ai-tool', rule?.tool ?? example.tool], tool: rule?.tool ?? example.tool, kind: rule?.kind ?? example.kind },
  };
}

function result(finding: Verdict, ruleIndex: number) {
  const place = placeOf(finding);
  const location = place.file !== undefined
    ? { physicalLocation: { artifactLocation: { uri: encodePath(place.file) }, ...(finding.line ? { region: { startLine: finding.line } } : {}) } }
    : {
        physicalLocation: { artifactLocation: { uri: encodePath(`${ANCHOR_DIR}/${place.logical!.fullyQualifiedName}`) }, ...(finding.line ? { region: { startLine: finding.line } } : {}) },
        logicalLocations: [place.logical!],
      };
  const properties: Record<string, unknown> = { status: finding.status, tool: finding.tool, kind: finding.kind, evidence: finding.evidence };
  if (finding.commit) properties.commit = finding.commit;
  if (finding.author) properties.author = finding.author;
  if (finding.note) properties.note = finding.note;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity] ?? 'warning',
    message: { text: `${findingMessage(finding)}\nFix: ${fixFor(finding)}` },
    locations: [location],
    partialFingerprints: { 'aiguardFingerprint/v1': finding.fingerprint },
    ...(SUPPRESSED.has(finding.status) ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.note ?? finding.status }] } : {}),
    properties,
  };
}

/** A repository-relative path as a URI reference: each segment percent-encoded, slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function safeBuiltinRules(): Rule[] {
  try {
    return builtinRules();
  } catch {
    return [];
  }
}

function packageVersion(): string {
  try {
    return (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
