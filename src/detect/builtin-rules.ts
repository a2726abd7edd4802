import { readFileSync } from 'node:fs';
import type { Rule } from '../types.js';
import { UsageError } from '../errors.js';

let cached: Rule[] | undefined;

/** The rule packs of rules/, compiled at build time into dist/rules.json (globs already regular expressions). */
export function builtinRules(): Rule[] {
  if (cached) return cached;
  const url = new URL('../../rules.json', import.meta.url);
  try {
    cached = JSON.parse(readFileSync(url, 'utf8')) as Rule[];
  } catch (error) {
    throw new UsageError(`cannot read the compiled rules (${url.pathname}): run npm run build`);
  }
  return cached;
}
