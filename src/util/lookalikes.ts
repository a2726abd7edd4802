// Letters and dashes of other scripts read as the ASCII ones they look like (the table in util/ascii-folds.ts).
import { LOOKALIKES, NEEDS_NFKC_UNITS } from './ascii-folds.js';

// Per UTF-16 unit: 0 for nothing to read, the ASCII code of a look-alike, or NEEDS_NFKC for a character NFKC folds
// or drops, a combining mark it could compose, or a surrogate (an astral character, looked up in `astral`).
const NEEDS_NFKC = 0xff;
let units: { table: Uint8Array; astral: Map<string, number> } | undefined;
// Reused from text to text: a gate over prose reads millions of lines.
let read = new Uint16Array(512);

function unitTable(): { table: Uint8Array; astral: Map<string, number> } {
  const table = new Uint8Array(0x10000);
  for (let index = 0; index < NEEDS_NFKC_UNITS.length; index += 2) {
    table.fill(NEEDS_NFKC, NEEDS_NFKC_UNITS[index], NEEDS_NFKC_UNITS[index + 1]! + 1);
  }
  const astral = new Map<string, number>();
  for (const [char, ascii] of Object.entries(LOOKALIKES)) {
    if (char.length === 2) astral.set(char, ascii.charCodeAt(0));
    else if (table[char.charCodeAt(0)] === 0) table[char.charCodeAt(0)] = ascii.charCodeAt(0);
  }
  return { table, astral };
}

/**
 * The text with its look-alikes read as ASCII, when that tells which ASCII words its normalised form holds: without
 * a character NFKC folds into ASCII or drops, a combining mark it could compose, or an astral character. Undefined
 * otherwise (normalise it, then). A keyword gate over Cyrillic or Greek prose reads every line this way: NFKC would
 * cost ~1 µs a line.
 */
export function lookalikesAsAscii(text: string): string | undefined {
  return mapUnits(text, true);
}

/** The text with every look-alike (astral ones too) read as ASCII, and everything else as it is. */
export function readLookalikes(text: string): string {
  return mapUnits(text, false)!;
}

function mapUnits(text: string, declineNfkc: boolean): string | undefined {
  const { table, astral } = (units ??= unitTable());
  if (read.length < text.length) read = new Uint16Array(text.length * 2);
  let [changed, length] = [false, 0];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    let entry = unit < 0x80 ? 0 : table[unit]!;
    if (entry === NEEDS_NFKC) {
      if (declineNfkc) return undefined;
      // A surrogate pair that is a look-alike (U+1F74C for C) reads as its one ASCII character.
      entry = (unit >= 0xd800 && unit < 0xdc00 && astral.get(text.slice(index, index + 2))) || 0;
      if (entry !== 0) index++;
    }
    changed ||= entry !== 0;
    read[length++] = entry || unit;
  }
  return changed ? UTF16.decode(read.subarray(0, length)) : text;
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * Where in text the characters of `mark` stand ([start, end) each), `mark` being a global expression of single
 * characters past ASCII (the classes of util/ascii-folds.ts), walked by one caller at a time. Over mostly ASCII text
 * they are sought only inside its runs of non-ASCII characters: those classes' own scan cost ~18 ms a MB (27 MB of
 * jdx/mise's patches: 499 ms for the look-alikes), finding the runs 16 ms for all of it. Where runs come closer than
 * every 64 characters on average (prose in another script), the rest is scanned whole: a run at a time cost more.
 */
export function* marksIn(text: string, mark: RegExp): Generator<[number, number]> {
  const runs = /[^\x00-\x7f]+/g;
  let count = 0;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    if (++count > DENSE_RUNS && count * 64 > run.index) {
      mark.lastIndex = run.index;
      for (let found = mark.exec(text); found; found = mark.exec(text)) yield [found.index, mark.lastIndex];
      return;
    }
    const part = run[0];
    mark.lastIndex = 0;
    for (let found = mark.exec(part); found; found = mark.exec(part)) yield [run.index + found.index, run.index + mark.lastIndex];
  }
}

const DENSE_RUNS = 256;
