import type { Level, Rule } from '../types.js';

export interface AllowEntry {
  paths?: string[];
  rules?: string[];
  commits?: string[];
  evidence?: string;
  reason: string;
  expires?: string;
}

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

/** The resolved policy every stage after detect reads. */
export interface Policy {
  name?: string;
  /** The file it came from; undefined for the built-in default. */
  source?: string;
  tools: Record<string, Level>;
  rules: Record<string, Level>;
  customRules: Rule[];
  allow: AllowEntry[];
  ignore: string[];
  effective?: string;
  trustCommitDates: boolean;
  scope?: { remotes?: string[]; remote?: string };
  baseline: string | false;
  onViolation: 'block' | 'strip';
  /** Where each value came from (`tools.cursor` → `.aiguardrc.json`, `aiguard:strict` or `default`), for errors and `config print`. */
  origins?: Record<string, string>;
}
