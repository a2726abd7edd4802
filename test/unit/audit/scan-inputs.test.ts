// The day a re-run's inputs key stops holding: the first allow entry still in force that expires.
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/config/merge-config.js';
import { validUntil } from '../../../src/audit/scan-inputs.js';
import type { Policy } from '../../../src/policy/policy.js';

const withAllow = (expires: (string | undefined)[]): Policy => ({
  ...defaultPolicy(),
  allow: expires.map((day) => ({ reason: 'r', rules: ['claude-code/claude-md'], ...(day ? { expires: day } : {}) })),
});

describe('validUntil', () => {
  it('is null when no allow entry expires', () => {
    expect(validUntil(defaultPolicy(), '2026-12-01')).toBeNull();
    expect(validUntil(withAllow([undefined]), '2026-12-01')).toBeNull();
  });

  it('is the earliest expiry from today on; entries already expired stay expired and do not count', () => {
    expect(validUntil(withAllow(['2027-03-01', '2026-12-24', '2025-01-01']), '2026-12-01')).toBe('2026-12-24');
    // An entry expiring today still applies today (it ends after its day): the key holds until then.
    expect(validUntil(withAllow(['2026-12-01']), '2026-12-01')).toBe('2026-12-01');
    expect(validUntil(withAllow(['2026-11-30']), '2026-12-01')).toBeNull();
  });
});
