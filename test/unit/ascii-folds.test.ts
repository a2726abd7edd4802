// The table of characters normalisation turns into ASCII (or drops) must be the one this runtime's ICU gives:
// a character missing from it would let a keyword spelled with that character past the patch gate.
import { describe, expect, it } from 'vitest';
import { ASCII_FOLDS_SOURCE } from '../../src/util/ascii-folds.js';
import { normalizeText } from '../../src/detect/normalize-text.js';
// @ts-expect-error: a build script, plain JavaScript without types
import { asciiFoldRanges, asciiFoldsSource } from '../../scripts/ascii-folds.mjs';
import { readFileSync } from 'node:fs';

const ASCII_FOLDS = new RegExp(ASCII_FOLDS_SOURCE);

describe('ASCII_FOLDS_SOURCE', () => {
  it('holds every character this runtime folds into ASCII or drops; is what the script writes for its Unicode', () => {
    const committed = readFileSync(new URL('../../src/util/ascii-folds.ts', import.meta.url), 'utf8');
    // A newer ICU may fold more: a character missing here would let a word spelled with it past the patch gate.
    const missing = (asciiFoldRanges() as [number, number][])
      .flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index))
      .filter((code) => !ASCII_FOLDS.test(String.fromCodePoint(code)));
    expect(missing.map((code) => code.toString(16))).toEqual([]);
    if (committed.includes(`(Unicode ${process.versions.unicode})`)) expect(committed).toBe(asciiFoldsSource());
  });

  it('holds full-width, mathematical, enclosed and invisible characters, and no ASCII or plain letters of other scripts', () => {
    for (const char of ['\uFF27', '\uFF3B', '\u{1D406}', '\u24B8', '\u200B', '\u00AD', '\u2024', '\u00A0', '\uFEFF', '\u{E0041}'])
      expect([char, ASCII_FOLDS.test(char)]).toEqual([char, true]);
    for (const char of ['a', '[', '\u00E9', '\u4E2D', '\u2019', '\u2014', '\u0436', '\u{1F600}'])
      expect([char, ASCII_FOLDS.test(char)]).toEqual([char, false]);
  });

  it('a text without any of them normalises to the same ASCII characters (random texts)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 12 }, () => String.fromCodePoint(0x20 + (next() % 0x2ffe0)))
        .join('')
        .replace(/[\uD800-\uDFFF]/g, '');
      if (ASCII_FOLDS.test(text)) continue;
      const ascii = (value: string) => value.replace(/[^\x00-\x7f]/g, '');
      expect(ascii(normalizeText(text))).toBe(ascii(text.replace(/\r\n?/g, '\n')));
    }
  });
});
