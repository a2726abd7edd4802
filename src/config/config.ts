import type { Rule, Level } from '../types.js';
import type { AllowEntry } from '../policy/policy.js';

/** What a config file may hold (schema/config.schema.json). */
export interface Config {
  $schema?: string;
  name?: string;
  extends?: string | string[];
  scope?: { remotes?: string[]; remote?: string };
  effective?: string;
  trustCommitDates?: boolean;
  tools?: Record<string, Level>;
  rules?: Record<string, Level>;
  customRules?: Rule[];
  allow?: AllowEntry[];
  ignore?: string[];
  baseline?: string | false;
  message?: { onViolation?: 'block' | 'strip' };
}
