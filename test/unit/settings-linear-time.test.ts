// Settings rules read files with parsers and patterns of their own: each analyser meets files built to stall a
// backtracking pattern or a recursive parser (runs of blanks inside values, 2 MB lines, deep nesting, many repeats)
// and must answer within a bound, never throw (a throw would turn into an unparsable finding, or none).
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/types.js';
import { loadSettingsAnalysers, settingsAnalyser } from '../../src/detect/settings/analysers.js';
import { concretePath, loadPacks } from '../helpers/rule-packs.js';

const rules = loadPacks()
  .flatMap((pack) => pack.rules)
  .filter((rule) => rule.kind === 'settings' && rule.foundBy === undefined);
const RUN = 50_000;
// Per file, by size: a linear parser needs a few milliseconds; a quadratic one a billion steps (seconds) at 50,000.
const boundMs = (text: string): number => 500 + 4_000 * (text.length / 1_000_000);

/** Files built from the rule's own examples: blanks stretched where a pattern may allow them, and repeats. */
function exampleFiles(rule: Rule): string[] {
  const out: string[] = [];
  for (const example of rule.examples?.match ?? []) {
    for (const at of ['(', '"', ':', ' ', '\n', '`', '@']) {
      const index = example.indexOf(at);
      if (index !== -1) out.push(example.slice(0, index + 1) + ' '.repeat(RUN) + example.slice(index + 1));
    }
    out.push(example.repeat(500));
  }
  return out;
}

/** Files that stall recursive parsers and line scanners, whatever the rule: each analyser meets them once per path. */
const SHARED_FILES = [
  `${'['.repeat(20_000)}`,
  `${'{"a":'.repeat(10_000)}1`,
  `${'- '.repeat(20_000)}x\n`,
  `${' '.repeat(2_000_000)}x`,
  `---\n${'k: v\n'.repeat(20_000)}---\n${' !`a'.repeat(20_000)}\n`,
  `jobs:\n  a:\n    steps:\n${'      - run: claude -p hi\n'.repeat(5_000)}`,
];
const sharedDone = new Set<string>();

function hostileFiles(rule: Rule, path: string): string[] {
  // Many rules share an analyser (and a file name): the shared files would only repeat the same run for each.
  const key = `${rule.analyser!}\0${path}`;
  const shared = sharedDone.has(key) ? [] : SHARED_FILES;
  sharedDone.add(key);
  return [...exampleFiles(rule), ...shared];
}

describe('settings analysers answer hostile files in linear time', () => {
  for (const rule of rules) {
    it(rule.id, async () => {
      await loadSettingsAnalysers([rule.analyser!]);
      const analyse = settingsAnalyser(rule.analyser!)!;
      const path = concretePath(rule.paths![0]!);
      for (const text of hostileFiles(rule, path)) {
        const started = performance.now();
        try {
          analyse(text, path);
        } catch (error) {
          // detect turns a throw into the file's unparsable finding; a stack overflow on nesting is acceptable there.
          expect(String(error)).toMatch(/Maximum call stack|too deep|Nesting/i);
        }
        expect(Math.round(performance.now() - started), `${rule.id} on ${JSON.stringify(text.slice(0, 40))}…`).toBeLessThan(boundMs(text));
      }
    });
  }
});
