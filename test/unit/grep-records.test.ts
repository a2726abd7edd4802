// git grep -z -n output read piece by piece gives the records the whole output gives, wherever git's pipe cut it.
import { describe, expect, it } from 'vitest';
import { GrepRecords } from '../../src/git/grep-records.js';

// As git grep -z -n -a prints them: a path with a newline, a binary line with a NUL, non-ASCII text, an empty line.
const OUTPUT = Buffer.from(
  'docs/a.md\x002\x00Generated with [Claude Code](https://claude.ai/code)\n' +
    'odd\nname.txt\x0010\x00claude -p "x"\n' +
    'bin.dat\x003\x00\x00raw\x01 ＧＥＮＥＲＡＴＥＤ\n' +
    'e.md\x001\x00\n',
  'utf8',
);
const EXPECTED = [
  { path: 'docs/a.md', line: 2, text: 'Generated with [Claude Code](https://claude.ai/code)' },
  { path: 'odd\nname.txt', line: 10, text: 'claude -p "x"' },
  { path: 'bin.dat', line: 3, text: '\x00raw\x01 ＧＥＮＥＲＡＴＥＤ' },
  { path: 'e.md', line: 1, text: '' },
];

describe('GrepRecords', () => {
  it('reads the same records from every split of the output into two and three pieces', () => {
    const whole = new GrepRecords('');
    whole.push(OUTPUT);
    expect(whole.end()).toEqual(EXPECTED);
    for (let cut = 0; cut <= OUTPUT.length; cut++) {
      for (const second of [cut, Math.min(OUTPUT.length, cut + 7)]) {
        const records = new GrepRecords('');
        for (const piece of [OUTPUT.subarray(0, cut), OUTPUT.subarray(cut, second), OUTPUT.subarray(second)]) records.push(piece);
        expect(records.end()).toEqual(EXPECTED);
      }
    }
  });

  it('drops the prefix of a grep of HEAD, reads a last record without its newline, and holds only the kept lines', () => {
    const records = new GrepRecords('HEAD:', (text) => text.includes('claude'));
    records.push(Buffer.from('HEAD:a.md\x001\x00plain\nHEAD:b.md\x004\x00run claude -p', 'utf8'));
    expect(records.end()).toEqual([{ path: 'b.md', line: 4, text: 'run claude -p' }]);
  });
});
