import type { Level, Rule } from '../types.js';

/** Which repositories a policy covers (docs/policy.md, "scope"). */
export interface Scope {
  remotes?: string[];
  remote?: string;
  /** A repository without a readable remote: covered (default, fail closed) or skipped. */
  unknownRemote?: 'cover' | 'skip';
}

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
  scope?: Scope;
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
  scope?: Scope;
  baseline: string | false;
  onViolation: 'block' | 'strip';
  /** Where each value came from (`tools.cursor` → `.aiguardrc.json`, `aiguard:strict` or `default`), for errors and `config print`. */
  origins?: Record<string, string>;
}
