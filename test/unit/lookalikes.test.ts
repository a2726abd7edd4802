// The keyword gates' short cut: a text's look-alikes read as ASCII hold every ASCII word its normalised form holds,
// and the short cut declines whenever NFKC could do more (a folding character, a combining mark, an astral one).
import { describe, expect, it } from 'vitest';
import { lookalikesAsAscii, readLookalikes } from '../../src/util/lookalikes.js';
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
