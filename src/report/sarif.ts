import { createHash } from 'node:crypto';
import { VERSION } from '../assets/version.js';
import type { Verdict, Report } from '../types.js';
import { fixFor, ruleFix } from './build-report.js';
import type { FormatContext } from './format-context.js';
import { PROJECT_URL } from './project-url.js';
import { findingMessage, placeOf } from './report-place.js';
import { displayText, safeJson } from './safe-text.js';
import { codeSpan } from './markdown.js';
import { ruleTextOf } from './rule-text.js';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { block: 'error', warn: 'warning', info: 'note' };
// GitHub code scanning reads security-severity (0.0–10.0) to rank alerts: high, medium, low by the level in force.
const SECURITY_SEVERITY: Record<string, string> = { block: '8.0', warn: '5.0', info: '2.0' };
const SEVERITY_RANK: Record<string, number> = { info: 0, warn: 1, block: 2 };
const SUPPRESSED = new Set(['allowed', 'baselined', 'grandfathered']);
/**
 * Results without a file are anchored to a stand-in path here, one per place (`.aiguard/commit/message`,
 * `.aiguard/pull-request/body`): code scanning rejects results with no physical location. The path never names
 * a commit, so a rebase moves no alert; the commit is in the logical location, the message and the properties.
 */
const ANCHOR_DIR = '.aiguard';

/** SARIF 2.1.0: one run, the rules that fired with their help text, one result a finding. */
export function formatSarif(report: Report, context?: FormatContext): string {
  const ruleIds = [...new Set(report.findings.map((finding) => finding.ruleId))];
  const rules = ruleIds.map((id) =>
    driverRule(
      report.rules,
      report.findings.filter((finding) => finding.ruleId === id),
    ),
  );
  const results = report.findings.map((finding) => result(finding, report.rules, ruleIds.indexOf(finding.ruleId), context?.rootCommits));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'aiguard', semanticVersion: VERSION, informationUri: PROJECT_URL, rules } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${safeJson(JSON.stringify(log, null, 2))}\n`;
}

/** A rule that fired, its text from the report's rule texts (a rule without one reads as its id, from its first finding). */
function driverRule(rules: Report['rules'], findings: Verdict[]) {
  const id = findings[0]!.ruleId;
  const rule = ruleTextOf(rules, findings[0]!);
  const { description, why, tool, kind, builtin } = rule;
  // The help is the rule's: its {path} is the one file this run found, or a placeholder that reads as one.
  const paths = [...new Set(findings.map((finding) => finding.path))];
  const fix = ruleFix(rule.fix, paths.length === 1 ? paths[0] : undefined);
  const severity = findings.map((finding) => finding.severity).reduce((a, b) => (SEVERITY_RANK[b]! > SEVERITY_RANK[a]! ? b : a));
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: why || description },
    helpUri: helpUri(id, tool, builtin),
    help: {
      text: `${why ? `${why}\n\n` : ''}Fix: ${fix}`,
      markdown: `${why ? `${why}\n\n` : ''}**Fix:** ${codeSpan(fix)}`,
    },
    defaultConfiguration: { level: LEVEL[severity] ?? 'warning' },
    properties: {
      tags: ['security', 'ai-tool', tool],
      tool,
      kind,
      'security-severity': SECURITY_SEVERITY[severity] ?? '2.0',
    },
  };
}

function result(finding: Verdict, rules: Report['rules'], ruleIndex: number, rootCommits: ReadonlySet<string> | undefined) {
  const place = placeOf(finding);
  // Code scanning shows a result at a line: a whole-file finding (a path) is shown at the first.
  const region = { startLine: finding.line && finding.line > 0 ? finding.line : 1 };
  const location =
    place.file !== undefined
      ? { physicalLocation: { artifactLocation: { uri: encodePath(place.file) }, region } }
      : {
          physicalLocation: { artifactLocation: { uri: encodePath(anchorPath(finding, place.logical!)) }, region },
          logicalLocations: [place.logical!],
        };
  const { status, tool, kind, evidence } = finding;
  const properties: Record<string, unknown> = { status, tool, kind, evidence };
  if (finding.commit) properties.commit = finding.commit;
  if (finding.author) properties.author = finding.author;
  if (finding.note) properties.note = finding.note;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity] ?? 'warning',
    message: { text: `${findingMessage(finding, rules)}\nFix: ${displayText(fixFor(finding, rules, rootCommits))}` },
    locations: [location],
    partialFingerprints: fingerprints(finding),
    ...(SUPPRESSED.has(status) ? { suppressions: [{ kind: 'external', status: 'accepted', justification: finding.note ?? status }] } : {}),
    properties,
  };
}

/** `.aiguard/commit/message`, `.aiguard/commit/author`, `.aiguard/pull-request/body`, `.aiguard/branch`: never a commit id. */
function anchorPath(finding: Verdict, logical: { kind: string; fullyQualifiedName: string }): string {
  if (logical.kind === 'commit') return `${ANCHOR_DIR}/commit/${finding.field ?? finding.kind}`;
  return logical.kind === 'pull-request' ? `${ANCHOR_DIR}/${logical.fullyQualifiedName}` : `${ANCHOR_DIR}/${logical.kind}`;
}

/**
 * The contract's fingerprint (rule, path, evidence; the same in every commit), and for a finding in a commit one
 * that tells commits apart and survives a rebase: the same trailer in two commits is two alerts, a rebased commit
 * (new id; same author, author date and subject) keeps its alert. Code scanning keys alerts on primaryLocationLineHash.
 */
function fingerprints(finding: Verdict): Record<string, string> {
  const own = { 'aiguardFingerprint/v1': finding.fingerprint };
  if (!finding.commit) return own;
  const identity = [finding.fingerprint, finding.author ?? '', finding.authorDate ?? '', finding.commitSummary ?? ''];
  const perCommit = createHash('sha256').update(identity.join('\0')).digest('hex');
  return { ...own, primaryLocationLineHash: `${perCommit.slice(0, 16)}:1` };
}

/** The rule's pack in the repository (built-in rules), or the policy docs for an organisation's own rule. */
function helpUri(id: string, tool: string, builtin: boolean): string {
  if (builtin) return `${PROJECT_URL}/blob/main/rules/${encodeURIComponent(tool)}.yml`;
  return `${PROJECT_URL}/blob/main/docs/policy.md#${encodeURIComponent(id)}`;
}

/** A repository-relative path as a URI reference: each segment percent-encoded, slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
