import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
let cached;
/** The rule packs of rules/, compiled at build time into dist/rules.json (globs already regular expressions). */
export function builtinRules() {
    if (cached)
        return cached;
    // dist/src/detect → dist/rules.json when built; src/detect → dist/rules.json when tests import the sources.
    for (const relative of ['../../rules.json', '../../dist/rules.json']) {
        try {
            cached = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
            return cached;
        }
        catch {
            // Not in this layout: try the next.
        }
    }
    throw new UsageError('cannot read the compiled rules (dist/rules.json): run npm run build');
}
