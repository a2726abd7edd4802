import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/util/iso-date.ts
var DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;
function parseIsoDate(value, label) {
  const dateOnly = DATE_ONLY.exec(value);
  const dateTime = dateOnly ? void 0 : DATE_TIME.exec(value);
  const parts = dateOnly ?? dateTime;
  if (!parts) throw new UsageError(`${label}: not an ISO date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|\xB1HH:MM]): ${value}`);
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    throw new UsageError(`${label}: not a calendar date: ${value}`);
  }
  if (dateOnly) return calendar;
  const [hours, minutes, seconds] = [Number(dateTime[4]), Number(dateTime[5]), Number(dateTime[6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) throw new UsageError(`${label}: not a time of day: ${value}`);
  const offset = dateTime[7] ?? "Z";
  const normalised = offset.toUpperCase() === "Z" ? "Z" : offset.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2");
  const time = [hours, minutes, seconds].map((part) => String(part).padStart(2, "0")).join(":");
  return /* @__PURE__ */ new Date(`${value.slice(0, 10)}T${time}${normalised}`);
}

export {
  parseIsoDate
};
