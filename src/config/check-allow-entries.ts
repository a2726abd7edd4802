import { UsageError } from '../errors.js';
import type { AllowEntry } from '../policy/policy.js';
import { parseIsoDate } from '../util/iso-date.js';

const FULL_COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** Checks the entries of one config file; every error names the file and the entry's key. */
export function checkAllowEntries(entries: AllowEntry[] | undefined, file: string): void {
  (entries ?? []).forEach((entry, index) => {
    const key = `${file}: allow[${index}]`;
    if (typeof entry.reason !== 'string' || entry.reason.trim() === '') throw new UsageError(`${key}.reason: required`);
    // An entry with no condition would allow everything: refuse it rather than guess.
    if (!entry.paths?.length && !entry.rules?.length && !entry.commits?.length && entry.evidence === undefined) {
      throw new UsageError(`${key}: needs paths, rules, commits or evidence`);
    }
    if (entry.evidence !== undefined) {
      try {
        new RegExp(entry.evidence, 'i');
      } catch (error) {
        throw new UsageError(`${key}.evidence: invalid regex: ${(error as Error).message}`);
      }
    }
    // A short prefix can be forged in minutes (a commit ground to start with it): only a full id names one commit.
    (entry.commits ?? []).forEach((commit, at) => {
      if (FULL_COMMIT_ID.test(commit)) return;
      throw new UsageError(`${key}.commits[${at}]: not a full commit id (40 hex digits, 64 for SHA-256): ${commit}`);
    });
    if (entry.expires !== undefined) parseIsoDate(entry.expires, `${key}.expires`);
  });
}
