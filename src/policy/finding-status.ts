import type { Verdict } from '../types.js';

/** A verdict no exception has settled yet: each policy step after levels looks only at these, and gates report only these. */
export function isActive(finding: Verdict): boolean {
  return finding.status === 'blocking' || finding.status === 'warning' || finding.status === 'info';
}
