// A verdict as the policy stage sees one, for the tests of its steps: a blocking CLAUDE.md by default.
import type { Verdict } from '../../src/types.js';

export function claudeMdVerdict(extra: Partial<Verdict> = {}): Verdict {
  return {
    ruleId: 'claude-code/claude-md',
    tool: 'claude-code',
    kind: 'path',
    severity: 'block',
    status: 'blocking',
    evidence: 'CLAUDE.md',
    path: 'CLAUDE.md',
    fingerprint: 'fp-claude-md',
    ...extra,
  };
}
