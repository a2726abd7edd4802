import type { Rule } from '../types.js';
import { compiledRulesJson } from '../assets/rules.js';

let cached: Rule[] | undefined;

/** The rule packs of rules/, compiled at build time (globs already regular expressions). */
export function builtinRules(): Rule[] {
  cached ??= JSON.parse(compiledRulesJson()) as Rule[];
  return cached;
}
