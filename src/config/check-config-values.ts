import { UsageError } from '../errors.js';
import { regexFlags } from '../detect/compile-rules.js';
import type { Config } from '../policy/policy.js';
import { checkAllowEntries } from './check-allow-entries.js';
import { parseIsoDate } from '../util/iso-date.js';

/** What the schema cannot say about one config file: real dates, compilable regexes, allow entries with a condition. */
export function checkConfigValues(config: Config, file: string): void {
  if (config.effective !== undefined) parseIsoDate(config.effective, `${file}: effective`);
  checkAllowEntries(config.allow, file);
  for (const rule of config.customRules ?? []) {
    if (rule.pattern === undefined) continue;
    try {
      new RegExp(rule.pattern, regexFlags(rule.flags));
    } catch (error) {
      throw new UsageError(`${file}: customRules.${rule.id}: invalid pattern: ${(error as Error).message}`);
    }
  }
  for (const [index, glob] of (config.scope?.remotes ?? []).entries()) {
    if (glob.trim() === '') throw new UsageError(`${file}: scope.remotes[${index}]: empty glob`);
  }
}
