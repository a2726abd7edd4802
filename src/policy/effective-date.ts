import type { Verdict } from '../types.js';
import { UsageError } from '../errors.js';
import { isActive } from './finding-status.js';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The instant an ISO date stands for. A bare date is UTC midnight (the same instant on every machine);
 * a date-time without an offset is UTC too; an explicit offset is honoured.
 */
export function parseIsoDate(value: string, label: string): Date {
  const dateOnly = DATE_ONLY.exec(value);
  const dateTime = dateOnly ? undefined : DATE_TIME.exec(value);
  const parts = dateOnly ?? dateTime;
  if (!parts) throw new UsageError(`${label}: not an ISO date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]): ${value}`);
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    throw new UsageError(`${label}: not a calendar date: ${value}`);
  }
  if (dateOnly) return calendar;
  const [hours, minutes, seconds] = [Number(dateTime![4]), Number(dateTime![5]), Number(dateTime![6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) throw new UsageError(`${label}: not a time of day: ${value}`);
  const offset = dateTime![7] ?? 'Z';
  const normalised = offset.toUpperCase() === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return new Date(`${value.slice(0, 10)}T${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}${normalised}`);
}

export interface EffectiveDateOptions {
  effective?: string;
  trustCommitDates: boolean;
  /** Commits about to enter a protected branch: dates are forgeable, so they are always checked. */
  gate: boolean;
}

/** Findings from commits committed before the effective date become `grandfathered` in history scans. */
export function applyEffectiveDate(findings: Verdict[], options: EffectiveDateOptions): Verdict[] {
  if (options.effective === undefined) return findings;
  if (options.gate && !options.trustCommitDates) return findings;
  const effective = parseIsoDate(options.effective, 'effective').getTime();
  return findings.map((finding) => {
    if (!isActive(finding) || finding.commitDate === undefined) return finding;
    const committed = Date.parse(finding.commitDate);
    // An unreadable date is not "earlier": fail closed and keep the finding.
    if (Number.isNaN(committed) || committed >= effective) return finding;
    return { ...finding, status: 'grandfathered', note: `committed ${finding.commitDate}, before the policy's effective date ${options.effective}` };
  });
}
