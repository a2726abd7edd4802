// ISO dates of a policy (effective, allow[].expires): parsed once by the config's checks, again where the policy applies.
import { UsageError } from '../errors.js';

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
  const time = [hours, minutes, seconds].map((part) => String(part).padStart(2, '0')).join(':');
  return new Date(`${value.slice(0, 10)}T${time}${normalised}`);
}
