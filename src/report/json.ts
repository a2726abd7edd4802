import type { Report } from '../types.js';
import { safeJson } from './safe-text.js';

/** The contract's one object; strings keep the repository's text exactly, escaped where a log would act on it. */
export function formatJson(report: Report): string {
  const { version, findings, summary } = report;
  return `${safeJson(JSON.stringify({ version, findings, summary }, null, 2))}\n`;
}
