import type { Report } from '../types.js';
import { safeJson } from './safe-text.js';

/** The contract's one object; strings keep the repository's text exactly, escaped where a log would act on it. */
export function formatJson(report: Report): string {
  return `${safeJson(JSON.stringify(report, null, 2))}\n`;
}
