// No built-in rule backtracks super-linearly: every pattern meets inputs built to make a backtracking engine
// stall (long runs of spaces and tabs, repeated trailer keys and marker prefixes, 2 MB lines) within a time bound
// per rule. A quadratic pattern needs minutes on these inputs, a linear one milliseconds.
import { describe, expect, it } from 'vitest';
import type { Finding, Rule } from '../../src/types.js';
import { backtrackingPattern } from '../../src/detect/text-pattern.js';
import { compileRules, regexFlags } from '../../src/detect/compile-rules.js';
import { detectSubject } from '../../src/detect/detect-subject.js';
import { builtinRules } from '../../src/detect/builtin-rules.js';
import { loadPacks } from '../helpers/rule-packs.js';

const rules = loadPacks()
  .flatMap((pack) => pack.rules)
  .filter((rule) => rule.pattern !== undefined);
const LONG = 2_000_000;
// 100,000: the old quadratic co-author pattern takes ~8 s on it (twice the bound); the 2 MB lines stay for long runs.
const DERIVED = 100_000;
// Generous for a loaded 2-core machine: a linear pass over these inputs takes well under a tenth of it.
const BOUND_MS = 4_000;

// Blanks and line breaks make 2 MB lines; the other characters (list and quote marks, brackets…) shorter runs.
const LONG_RUNS = [' ', '\t', ' \t', '\n', '\\n'];
const RUNS = ['a', '-', '>', '*', '_', ':', '<', '@', '[', '(', '.', '/', '0', '#', ' \n'];

/** Inputs for one rule: its keywords first (so the pattern runs, as in detect), then what makes backtracking blow up. */
function adversaries(rule: Rule): string[] {
  const keywords = (rule.keywords ?? []).join(' ');
  const out = LONG_RUNS.map((run) => `${keywords}\n${run.repeat(Math.ceil(LONG / run.length))}`);
  out.push(...RUNS.map((run) => `${keywords}\n${run.repeat(Math.ceil(DERIVED / run.length))}`));
  out.push(`${keywords}\n${'Co-authored-by: x\n'.repeat(LONG / 18)}`, `${keywords}\nCo-authored-by:${' '.repeat(LONG)}x`);
  for (const example of rule.examples?.match ?? []) {
    // Every run of blanks in a real match stretched to a long run, with the match then broken at its end.
    for (const blank of [...example.matchAll(/[ \t]+/g)].slice(0, 6)) {
      const stretched = example.slice(0, blank.index) + ' '.repeat(DERIVED) + example.slice(blank.index + blank[0].length);
      out.push(`${stretched.slice(0, -1)}\u0001`, stretched.slice(0, blank.index + DERIVED + 1));
    }
    // The match's prefixes repeated on one line, and its first line repeated as lines, each one character short.
    for (const cut of [Math.floor(example.length / 3), Math.floor(example.length / 2), example.length - 1]) {
      const prefix = example.slice(0, cut);
      if (prefix.length > 0) out.push(`${keywords}\n${prefix.repeat(Math.ceil(DERIVED / prefix.length))}`);
    }
    const line = example.split('\n').find((candidate) => candidate.trim() !== '') ?? example;
    const short = line.slice(0, -1);
    if (short.length === 0) continue;
    out.push(`${`${short}\n`.repeat(Math.ceil(DERIVED / line.length))}${keywords}`);
    out.push(`${short.repeat(Math.ceil(DERIVED / short.length))}${keywords}`);
  }
  return out;
}

describe('every built-in pattern runs in linear time', () => {
  for (const rule of rules) {
    it(rule.id, () => {
      const pattern = backtrackingPattern(rule.pattern!, regexFlags(rule.flags));
      const started = performance.now();
      for (const text of adversaries(rule)) for (const _ of pattern.matchAll(text));
      expect(Math.round(performance.now() - started), `${rule.id} on adversarial inputs (ms)`).toBeLessThan(BOUND_MS);
    });
  }
});

describe('detect as a whole stays linear on hostile messages', () => {
  const matchers = compileRules(builtinRules());
  const hostile: [string, string][] = [
    ['a 2 MB line of spaces after a trailer key', `Fix\n\nCo-Authored-By:${' '.repeat(LONG)}<noreply@anthropic.com`],
    ['100 000 repeated Claude trailers', `Fix\n\n${'Co-Authored-By: Claude <noreply@anthropic.com>\n'.repeat(100_000)}`],
    ['100 000 folded trailer lines', `Fix\n\nCo-Authored-By: Claude\n${' <noreply@anthropic.com>\n'.repeat(100_000)}`],
    ['a 2 MB line of literal \\n sequences', `Fix ${'\\n'.repeat(LONG / 2)}Co-Authored-By: Claude <noreply@anthropic.com>`],
    ['a 2 MB paragraph of wrapped marker prefixes', `${'Generated with [Claude\n'.repeat(LONG / 23)}`],
    ['2 MB of invisible characters in a marker', `Generated with [Claude Code](https://claude.ai/${'\u200B\uFE0F\u034F'.repeat(LONG / 3)}`],
    ['2 MB of tabs inside a marker', `Generated with${'\t'.repeat(LONG)}[Claude Code](https://claude.ai/code)`],
  ];
  for (const [name, text] of hostile) {
    it(name, () => {
      const out: Finding[] = [];
      const started = performance.now();
      detectSubject(matchers, { type: 'message', text }, out);
      detectSubject(matchers, { type: 'pull-request', field: 'body', text }, out);
      expect(Math.round(performance.now() - started), `${name} (ms)`).toBeLessThan(BOUND_MS * 2);
    });
  }

  it('still finds the trailer among 100 000 repeats, once', () => {
    const out: Finding[] = [];
    detectSubject(matchers, { type: 'message', text: `Fix\n\n${'Co-Authored-By: Claude <noreply@anthropic.com>\n'.repeat(100_000)}` }, out);
    expect(out.filter((finding) => finding.ruleId === 'claude-code/co-author-trailer')).toHaveLength(1);
  });
});

describe('the adversarial inputs find backtracking', () => {
  it('a pattern with overlapping quantifiers (the old co-author form) is far slower than its linear rewrite', () => {
    const text = `noreply@anthropic.com\nCo-authored-by:${' '.repeat(20_000)}x`;
    const time = (source: string): number => {
      const pattern = backtrackingPattern(source, 'gim');
      const started = performance.now();
      for (const _ of pattern.matchAll(text));
      return performance.now() - started;
    };
    const quadratic = time('^[ \\t>*-]*co-?authored-by[ \\t]*:?[ \\t]*[^\\n<]*<noreply@anthropic\\.com>');
    const linear = time('^[ \\t>*-]*co-?authored-by[^\\n<]*<noreply@anthropic\\.com>');
    expect(quadratic).toBeGreaterThan(linear * 10);
  });
});
