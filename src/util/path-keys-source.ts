// One grammar for the path index keys, wherever paths are searched for them: a path (or a listing of paths) and
// the keys of detect/compile-rules.ts.
import type { PathKeys } from '../types.js';
import { escapeRegex } from './escape-regex.js';

/**
 * An expression's source for a segment equal to an exact key, or starting with a prefix: `before` is what stands
 * before a segment (a path's start, a slash), `after` what ends one. Undefined when there are no keys.
 */
export function pathKeysSource(keys: PathKeys, before: string, after: string): string | undefined {
  const exact = keys.exact.map(escapeRegex);
  const alternatives = [...(exact.length > 0 ? [`(?:${exact.join('|')})${after}`] : []), ...keys.prefixes.map(escapeRegex)];
  return alternatives.length > 0 ? `${before}(?:${alternatives.join('|')})` : undefined;
}
