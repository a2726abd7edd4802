import { createHash } from 'node:crypto';

// Built from rule, path and evidence only: no commit id or date, so rebases and squashes keep it.
export function fingerprint(ruleId: string, path: string | undefined, evidence: string): string {
  const normalisedEvidence = evidence.toLowerCase().replace(/\s+/g, ' ').trim();
  const normalisedPath = (path ?? '').replace(/\\/g, '/').replace(/^\.\//, '');
  return createHash('sha256').update(`${ruleId}\0${normalisedPath}\0${normalisedEvidence}`).digest('hex').slice(0, 32);
}
