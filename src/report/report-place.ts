import type { Report, Verdict } from '../types.js';
import { displayText } from './safe-text.js';
import { ruleTextOf } from './rule-text.js';

/** Where a finding is, for formats that need a file: its path, or a stand-in that names the commit or PR field. */
export function placeOf(finding: Verdict): { file?: string; logical?: { name: string; fullyQualifiedName: string; kind: string } } {
  if (finding.path !== undefined) return { file: finding.path };
  if (finding.commit) {
    const field = finding.field ?? finding.kind;
    const name = `${finding.commit.slice(0, 12)} ${field}`;
    return { logical: { name, fullyQualifiedName: `commit/${finding.commit}/${field}`, kind: 'commit' } };
  }
  const field = finding.field ?? finding.kind;
  const owner =
    finding.kind === 'branch' || field === 'branch' ? 'branch' : finding.kind === 'environment' ? 'environment' : 'pull-request';
  const name = owner === 'pull-request' ? `pull request ${field}` : owner;
  return { logical: { name, fullyQualifiedName: `${owner}/${field}`, kind: owner } };
}

/** One line that says what was found and where, for annotations and test reports (repository text escaped). */
export function findingMessage(finding: Verdict, rules: Report['rules']): string {
  const summary = finding.commitSummary ? ` (${finding.commitSummary})` : '';
  const where = finding.commit ? ` in commit ${finding.commit.slice(0, 12)}${summary}` : '';
  const field = finding.path === undefined && finding.field ? ` [${finding.field}]` : '';
  return displayText(`${ruleTextOf(rules, finding).description}${where}${field}: ${finding.evidence}`);
}
