// The compiled rule packs (scripts/compile-rules.mjs). The sources read build/rules.json; the bundle embeds the text
// in place of this module (scripts/build.mjs), so an installed aiguard reads no file for its rules.
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

export function compiledRulesJson(): string {
  try {
    return readFileSync(new URL('../../build/rules.json', import.meta.url), 'utf8');
  } catch {
    throw new UsageError('cannot read the compiled rules (build/rules.json): run npm run build');
  }
}
