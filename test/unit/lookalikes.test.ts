// The keyword gates' short cut: a text's look-alikes read as ASCII hold every ASCII word its normalised form holds,
// and the short cut declines whenever NFKC could do more (a folding character, a combining mark, an astral one).
import { describe, expect, it } from 'vitest';
import { lookalikesAsAscii, marksIn, readLookalikes } from '../../src/util/lookalikes.js';
import { ASCII_FOLDS_SOURCE, LOOKALIKES_SOURCE, NFKC_FOLDS_SOURCE } from '../../src/util/ascii-folds.js';
import { normalizeText } from '../../src/detect/normalize-text.js';

const ascii = (text: string) => text.replace(/[^\x00-\x7f]/g, '');

describe('lookalikesAsAscii', () => {
  it('reads Cyrillic and Greek look-alikes and dashes as ASCII, and leaves other letters', () => {
    expect(lookalikesAsAscii('Generated with [\u0421laude C\u03BFde]')).toBe('Generated with [Claude Code]');
    expect(lookalikesAsAscii('Co\u2010Authored\u2010By')).toBe('Co-Authored-By');
    expect(lookalikesAsAscii('жук')).toBe('жyк');
    expect(lookalikesAsAscii('plain ascii')).toBe('plain ascii');
    expect(lookalikesAsAscii('中文 жж')).toBe('中文 жж');
  });

  it('readLookalikes also reads astral look-alikes, and keeps other astral characters whole', () => {
    expect(readLookalikes('\u{1F74C}laude \u{1F916} \u{1F768}ag')).toBe('Claude \u{1F916} Tag');
    expect(normalizeText('Generated with [\u{1F74C}laude Code]')).toBe('Generated with [Claude Code]');
    expect(readLookalikes('\uD83D lone and \uDD16 lone')).toBe('\uD83D lone and \uDD16 lone');
  });

  it('declines what needs NFKC: full-width, invisible, a combining mark, an astral character', () => {
    for (const text of ['\uFF27enerated', 'Gen\u200Berated', 'Cla\u0301ude', '\u{1D406}enerated', '🤖 Generated', '\u{1F74C}laude']) {
      expect([text, lookalikesAsAscii(text)]).toEqual([text, undefined]);
    }
  });

  it('holds the same ASCII as the normalised text whenever it answers (random texts)', () => {
    const pool = [...'aClude -:[]()<>@/. ', '\u0421', '\u0430', '\u0435', '\u043E', '\u03BF', '\u2010', '\u2212', 'ж', 'и', '中'];
    pool.push('\uFF27', '\u200B', '\u0301', '\u00E9', '\u2019', '\u2014', '\u3000', '\u1100', '\u1161', '\u212A', 'ﬁ');
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    let answered = 0;
    for (let round = 0; round < 5000; round++) {
      const text = Array.from({ length: 16 }, () => pool[next() % pool.length]).join('');
      const read = lookalikesAsAscii(text);
      if (read === undefined) continue;
      answered++;
      expect([text, ascii(read)]).toEqual([text, ascii(normalizeText(text))]);
      expect(readLookalikes(text)).toBe(read);
    }
    expect(answered).toBeGreaterThan(100);
  });
});

describe('marksIn', () => {
  // The characters the patch gate looks for, the same as a scan of the whole text with their own expression finds.
  const pieces = ['a', 'claude', ' ', '\n', '\u0421', '\u0430', '\u2010', '\uFF27', '\u200B', '\u00A0', '\u{1D406}', '\u{1F74C}'];
  pieces.push('\u4E2D', '\u0436', '\u{1F600}', '\uD83D', '\uDF4C', '\u00E9', 'x\u0301', '\u2026', '\u00D7');
  // Past 256 runs of non-ASCII text, close together, marksIn scans the rest whole: the longer texts go there.
  function randomText(seed: number, pieceCount = 240): string {
    let state = seed;
    const next = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
    return Array.from({ length: 40 + Math.floor(next() * pieceCount) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
  }
  const wholeScan = (text: string, source: string) =>
    [...text.matchAll(new RegExp(source, 'g'))].map((found) => [found.index, found.index + found[0].length]);

  it('finds every look-alike and folding character where a scan of the whole text does', () => {
    for (const source of [LOOKALIKES_SOURCE, ASCII_FOLDS_SOURCE, NFKC_FOLDS_SOURCE]) {
      const mark = new RegExp(source, 'g');
      for (let seed = 1; seed <= 320; seed++) {
        const text = randomText(seed, seed > 300 ? 4000 : 240);
        expect([seed, [...marksIn(text, mark)]]).toEqual([seed, wholeScan(text, source)]);
      }
    }
  });

  it('finds nothing in ASCII text, and the one character of a long run of Cyrillic prose', () => {
    expect([...marksIn('Generated with [Claude Code]\n'.repeat(100), new RegExp(LOOKALIKES_SOURCE, 'g'))]).toEqual([]);
    const prose = '\u0436\u0438\u0437\u043D\u044C '.repeat(1000);
    const text = `${prose}\u2010${prose}`;
    expect([...marksIn(text, new RegExp(NFKC_FOLDS_SOURCE, 'g'))]).toEqual(wholeScan(text, NFKC_FOLDS_SOURCE));
  });
});
