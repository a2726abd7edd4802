// The small YAML reader reads what `yaml` reads, or gives up (undefined) so that `yaml` reads it: never a third answer.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSimpleYaml } from '../../src/config/read-simple-yaml.js';
import { starterPolicyText } from '../../src/policy/starter-policy.js';

const INSIDE = [
  'tools:\n  claude-code: block\n  "*": warn\n',
  'name: github.com/acme-in AI tool policy\nextends: aiguard:claude-code-ban\n',
  'extends:\n  - aiguard:strict\n  - ./org-policy.yaml\n',
  'allow:\n  - paths: ["docs/**", \'a, b\']\n    rules: [claude-code/*]\n' +
    '    reason: "it\'s \\"quoted\\" #1"\n  - evidence: x\n    reason: y\n',
  'trustCommitDates: false\nmessage:\n  onViolation: strip # or block\n',
  '# a comment\n\nscope:\n  remotes:\n    - github.com/acme-in/*\n  # remote: origin\nbaseline: .aiguard-baseline.json\n',
  'ignore: []\n',
  'a: True\nb: FALSE\nc: yes\nd: off\ne: .hidden\nf: /srv/git/x\n',
  'key:   "spaced"   # trailing\r\nother: \'single\'\r\n',
  'list: [ a , "b" ,c ]\n',
];

const OUTSIDE = [
  'effective: 2026-01-01\n', // a date: yaml reads a string, but numbers and dates are left to it
  'a: 1\n',
  'a: ~\n',
  'a: null\n',
  'a:\n',
  'a: .inf\n',
  'a: &x b\nc: *x\n',
  'a: !!str b\n',
  'a: |\n  text\n',
  'a: >\n  text\n',
  'a:\n- b\n',
  'a: b\na: c\n',
  'a: {b: c}\n',
  'a: [b,\n  c]\n',
  'a: b\n  c\n',
  '---\na: b\n',
  'a:\tb\n',
  '\ta: b\n',
  '- a\n- - b\n',
  'a: "\\x41"\n',
  'a: b: c\n',
  'a: b #c d\ne: f g  h\n',
  '"a\tb": c\n',
  'a: [b, ]\n',
  'a: @b\n',
  'a: b,c\n',
  'a: Café\n',
  '__proto__: x\n',
  '  a: b\n',
];

describe('readSimpleYaml', () => {
  it('reads the starter policy itself, as yaml does', () => {
    const text = starterPolicyText({ remotes: 'github.com/acme-in/*', effective: '2026-01-01', expires: '2026-04-01' });
    const read = readSimpleYaml(text);
    expect(read).toBeDefined();
    expect(read).toEqual(parse(text));
  });

  it.each(INSIDE)('reads %j as yaml does', (text) => {
    const read = readSimpleYaml(text);
    expect(read).toBeDefined();
    expect(read).toEqual(parse(text));
  });

  it.each(OUTSIDE)('leaves %j to yaml', (text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it('gives nothing for a document of comments only', () => {
    expect(readSimpleYaml('# nothing\n\n')).toBeUndefined();
  });

  it('agrees with yaml on 12,000 generated documents, or leaves them to it', () => {
    let seed = 42;
    // mulberry32: a small PRNG whose sequence is the same on every run.
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    const pick = <T>(items: T[]) => items[random(items.length)]!;
    const keys = ['a', 'tools', 'claude-code', '"*"', 'x_y', 'rules', 'a/b', '"q k"', 'true', '1'];
    const scalars = [
      'b',
      'true',
      'False',
      'null',
      '~',
      '1',
      '0x1F',
      '1.5',
      '.5',
      '.inf',
      '"s"',
      "'s'",
      "'it''s'",
      '"a\\"b"',
      'a b',
      'a:b',
      'a: b',
      'a #c',
      'a#c',
      '[]',
      '[a, b]',
      '["a", \'b\']',
      '[a',
      '{a: b}',
      '&x a',
      '*x',
      '!t a',
      '|',
      '>',
      '-',
      '- a',
      'yes',
      'No',
      '@a',
      '`a',
      '2026-01-01',
      'a,b',
      '%a',
      '"\\t"',
      '"\\u00e9"',
      'é',
      'a  b',
      '.a',
      '/a',
      '_a',
      'a*',
      '(a)',
      '=',
      'a=b',
      'a~b',
    ];
    const indents = ['', ' ', '  ', '    '];
    let inside = 0;
    for (let round = 0; round < 12000; round++) {
      const lines: string[] = [];
      const count = 1 + random(6);
      for (let line = 0; line < count; line++) {
        const indent = line === 0 ? '' : pick(indents);
        const shape = random(6);
        if (shape === 0) lines.push(`${indent}${pick(keys)}:`);
        else if (shape === 1) lines.push(`${indent}- ${pick(scalars)}`);
        else if (shape === 2) lines.push(`${indent}- ${pick(keys)}: ${pick(scalars)}`);
        else if (shape === 3) lines.push(`${indent}# ${pick(scalars)}`);
        else lines.push(`${indent}${pick(keys)}: ${pick(scalars)}`);
      }
      const text = `${lines.join('\n')}\n`;
      const read = readSimpleYaml(text);
      if (read === undefined) continue;
      inside++;
      expect(read, text).toEqual(parse(text));
    }
    // The generator must reach the subset often enough for the comparison to mean something.
    expect(inside).toBeGreaterThan(600);
  });
});
