import type { Verdict } from '../types.js';

/** A finding no exception has settled yet: each policy step after levels looks only at these. */
export function isActive(finding: Verdict): boolean {
  return finding.status === 'blocking' || finding.status === 'warning' || finding.status === 'info';
}
