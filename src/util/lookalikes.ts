// Letters and dashes of other scripts read as the ASCII ones they look like (the table in util/ascii-folds.ts).
import { LOOKALIKES, LOOKALIKES_SOURCE, NEEDS_NFKC_UNITS } from './ascii-folds.js';

const LOOKALIKE = new RegExp(LOOKALIKES_SOURCE, 'g');

export const readLookalikes = (text: string): string => text.replace(LOOKALIKE, (char) => LOOKALIKES[char] ?? char);

// Per UTF-16 unit: 0 for nothing to read, the ASCII code of a look-alike, or NEEDS_NFKC for a character NFKC folds
// or drops, a combining mark it could compose, or a surrogate (astral characters are left to the full path).
const NEEDS_NFKC = 0xff;
let units: Uint8Array | undefined;
// Reused from line to line: a gate over prose reads millions of them.
let read = new Uint16Array(512);

function unitTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let index = 0; index < NEEDS_NFKC_UNITS.length; index += 2) {
    table.fill(NEEDS_NFKC, NEEDS_NFKC_UNITS[index], NEEDS_NFKC_UNITS[index + 1]! + 1);
  }
  for (const [char, ascii] of Object.entries(LOOKALIKES)) {
    if (char.length === 1 && table[char.charCodeAt(0)] === 0) table[char.charCodeAt(0)] = ascii.charCodeAt(0);
  }
  return table;
}

/**
 * The text with its look-alikes read as ASCII, when that tells which ASCII words its normalised form holds: without
 * a character NFKC folds into ASCII or drops, or a combining mark it could compose. Undefined otherwise (normalise
 * it, then). A keyword gate over Cyrillic or Greek prose reads every line this way: NFKC would cost ~1 µs a line.
 */
export function lookalikesAsAscii(text: string): string | undefined {
  return mapUnits(text, true);
}

/** The text with every look-alike read as ASCII and everything else as it is, characters NFKC would fold too. */
export function withLookalikesAsAscii(text: string): string {
  return mapUnits(text, false)!;
}

function mapUnits(text: string, declineNfkc: boolean): string | undefined {
  const table = (units ??= unitTable());
  if (read.length < text.length) read = new Uint16Array(text.length * 2);
  let changed = false;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    let entry = unit < 0x80 ? 0 : table[unit]!;
    if (entry === NEEDS_NFKC) {
      if (declineNfkc) return undefined;
      entry = 0;
    }
    changed ||= entry !== 0;
    read[index] = entry || unit;
  }
  return changed ? UTF16.decode(read.subarray(0, text.length)) : text;
}

const UTF16 = new TextDecoder('utf-16le');
