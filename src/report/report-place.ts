import type { Verdict } from '../types.js';

/** Where a finding is, for formats that need a file: its path, or a stand-in that names the commit or PR field. */
export function placeOf(finding: Verdict): { file?: string; logical?: { name: string; fullyQualifiedName: string; kind: string } } {
  if (finding.path !== undefined) return { file: finding.path };
  if (finding.commit) {
    const field = finding.field ?? finding.kind;
    return { logical: { name: `${finding.commit.slice(0, 12)} ${field}`, fullyQualifiedName: `commit/${finding.commit}/${field}`, kind: 'commit' } };
  }
  const field = finding.field ?? finding.kind;
  const owner = finding.kind === 'branch' || field === 'branch' ? 'branch' : finding.kind === 'environment' ? 'environment' : 'pull-request';
  return { logical: { name: owner === 'pull-request' ? `pull request ${field}` : owner, fullyQualifiedName: `${owner}/${field}`, kind: owner } };
}

/** One line that says what was found and where, for annotations and test reports. */
export function findingMessage(finding: Verdict): string {
  const where = finding.commit ? ` in commit ${finding.commit.slice(0, 12)}${finding.commitSummary ? ` (${finding.commitSummary})` : ''}` : '';
  const field = finding.path === undefined && finding.field ? ` [${finding.field}]` : '';
  return `${finding.description}${where}${field}: ${finding.evidence}`;
}
