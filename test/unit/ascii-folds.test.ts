// The table of characters normalisation turns into ASCII (or drops) must be the one this runtime's ICU gives:
// a character missing from it would let a keyword spelled with that character past the patch gate.
import { describe, expect, it } from 'vitest';
import { ASCII_FOLDS_SOURCE, LOOKALIKES, LOOKALIKES_SOURCE } from '../../src/util/ascii-folds.js';
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

  it('holds full-width, mathematical, enclosed, invisible and look-alike characters; no ASCII, quotes or other letters', () => {
    const folded = ['\uFF27', '\uFF3B', '\u{1D406}', '\u24B8', '\u200B', '\u00AD', '\u2024', '\u00A0', '\uFEFF', '\u{E0041}'];
    folded.push('\u0421', '\u0430', '\u03BF', '\u2010', '\u2212', '\u0589');
    for (const char of folded) expect([char, ASCII_FOLDS.test(char)]).toEqual([char, true]);
    for (const char of ['a', '[', '\u00E9', '\u4E2D', '\u2019', '\u201C', '\u2014', '\u0436', '\u{1F600}'])
      expect([char, ASCII_FOLDS.test(char)]).toEqual([char, false]);
  });

  it('reads look-alikes as the ASCII letters and dashes they show, and leaves other scripts alone', () => {
    expect(normalizeText('\u0421laude C\u043Ede')).toBe('Claude Code');
    expect(normalizeText('Co\u2010Authored\u2010By: n\u03BFreply')).toBe('Co-Authored-By: noreply');
    // Only the letters that look like ASCII ones change (у does, ж and к do not); dashes and quotes of prose stay.
    expect(normalizeText('жук — “中文”')).toBe('жyк — “中文”');
    // Each entry of the table is a key of its expression, and nothing else is.
    const keys = new RegExp(`^(?:${LOOKALIKES_SOURCE})$`);
    for (const [char, ascii] of Object.entries(LOOKALIKES)) {
      expect([char, keys.test(char), /^[\x21-\x7e]$/.test(ascii)]).toEqual([char, true, true]);
    }
    for (const char of ['a', '\u0436', '\u2019']) expect(keys.test(char)).toBe(false);
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
