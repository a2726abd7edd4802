import type { CommitInfo, Finding } from '../types.js';
import type { CompiledRule } from './compile-rules.js';
import { fingerprint } from './fingerprint.js';

/** Where a finding was made: the commit, the file and line, or the field of a commit or PR. */
export interface Place {
  commit?: CommitInfo;
  path?: string;
  line?: number;
  field?: string;
  object?: string;
}

/** A rule's finding at a place, blocking until the policy says otherwise (shared by every detector). */
export function makeFinding(compiled: CompiledRule, evidence: string, place: Place): Finding {
  const { rule } = compiled;
  const finding: Finding = {
    ruleId: rule.id,
    tool: rule.tool,
    kind: rule.kind,
    severity: rule.severity,
    evidence,
    fingerprint: fingerprint(rule.id, place.path, evidence),
  };
  if (place.commit) {
    finding.commit = place.commit.id;
    finding.commitSummary = place.commit.summary;
    finding.commitDate = place.commit.date;
    if (place.commit.authorDate) finding.authorDate = place.commit.authorDate;
    finding.author = place.commit.author;
  }
  if (place.path !== undefined) finding.path = place.path;
  if (place.line !== undefined) finding.line = place.line;
  if (place.field !== undefined) finding.field = place.field;
  if (place.object !== undefined) finding.object = place.object;
  return finding;
}
