// node scripts/ascii-folds.mjs: writes src/util/ascii-folds.ts, the characters normalisation can turn into ASCII
// (NFKC maps them to text holding an ASCII character, or they look like one) or drops (invisible), as this node's
// ICU knows them. test/unit/ascii-folds.test.ts recomputes the set and fails when the committed table is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/u;

/**
 * Characters of other scripts that look like the ASCII ones markers are made of (letters, digits, `-:[]()<>@/.`),
 * as Unicode's confusables list gives them (unhomoglyph's copy of confusables.txt): Cyrillic `С` for `C`, `‐` for
 * `-`. Only those NFKC leaves alone, and none aimed at quotes or commas, which prose is full of.
 */
export function lookalikeTable() {
  const require = createRequire(import.meta.url);
  const confusables = JSON.parse(readFileSync(require.resolve('unhomoglyph/data.json'), 'utf8'));
  const table = {};
  for (const [char, ascii] of Object.entries(confusables)) {
    if (!/^[A-Za-z0-9\-:[\]()<>@/.]$/.test(ascii) || /[\x00-\x7f]/.test(char.normalize('NFKC'))) continue;
    if ([...char].length !== 1 || /\p{M}/u.test(char)) continue;
    table[char] = ascii;
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.codePointAt(0) - b.codePointAt(0)));
}

/** What detect/normalize-text.ts does to a character, short of line ends: NFKC, look-alikes, invisible ones. */
function normalised(char, lookalikes) {
  const nfkc = char.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '');
  return [...nfkc].map((part) => lookalikes[part] ?? part).join('');
}

/** [first, last] code point ranges, in order. */
export function asciiFoldRanges(lookalikes = lookalikeTable()) {
  const ranges = [];
  for (let code = 0x80; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCodePoint(code);
    if (!INVISIBLE.test(char) && !/[\x00-\x7f]/.test(normalised(char, lookalikes))) continue;
    const last = ranges.at(-1);
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  return ranges;
}

const unit = (code) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
const rangeClass = (ranges) => ranges.map(([first, last]) => (first === last ? unit(first) : `${unit(first)}-${unit(last)}`));

/** Consecutive numbers as [first, last] ranges. */
function asRanges(numbers) {
  const ranges = [];
  for (const number of numbers) {
    const last = ranges.at(-1);
    if (last && last[1] === number - 1) last[1] = number;
    else ranges.push([number, number]);
  }
  return ranges;
}

/**
 * The expression's parts, without the u flag (V8 scans a class of UTF-16 units about twice as fast): one class of
 * the BMP characters, then each astral character as its high surrogate followed by a class of its low ones.
 */
export function asciiFoldsParts(ranges = asciiFoldRanges()) {
  const bmp = ranges.filter(([first]) => first <= 0xffff).map(([first, last]) => [first, Math.min(last, 0xffff)]);
  const byHigh = new Map();
  for (const [first, last] of ranges) {
    for (let code = Math.max(first, 0x10000); code <= last; code++) {
      const pair = String.fromCodePoint(code);
      const high = pair.charCodeAt(0);
      if (!byHigh.has(high)) byHigh.set(high, []);
      byHigh.get(high).push(pair.charCodeAt(1));
    }
  }
  const astral = [...byHigh].map(([high, lows]) => `${unit(high)}[${rangeClass(asRanges(lows)).join('')}]`);
  return [`[${rangeClass(bmp).join('')}]`, ...astral];
}

/** A class's parts as a TypeScript string expression: lines of ~110 characters, indented as prettier would. */
function stringExpression(parts) {
  const items = parts.join('|').match(/\\u[0-9A-F]{4}(?:-\\u[0-9A-F]{4})?|[^\\]/g);
  const lines = [''];
  for (const item of items) {
    if (lines.at(-1).length + item.length > 110) lines.push('');
    lines[lines.length - 1] += item;
  }
  return lines
    .map((line) => `  '${line.replace(/\\/g, '\\\\')}' +`)
    .join('\n')
    .replace(/ \+$/, ';');
}

/** The look-alike table as an object literal, a few entries a line. */
function tableExpression(table) {
  const escape = (char) => {
    const code = char.codePointAt(0);
    return code > 0xffff ? `\\u{${code.toString(16).toUpperCase()}}` : unit(code);
  };
  const entries = Object.entries(table).map(([char, ascii]) => `'${escape(char)}': '${ascii}',`);
  const lines = [];
  for (const entry of entries) {
    if (lines.length === 0 || lines.at(-1).length + entry.length > 112) lines.push(' ');
    lines[lines.length - 1] += ` ${entry}`;
  }
  return `{\n${lines.join('\n')}\n}`;
}

const codesOf = (table) => Object.keys(table).map((char) => char.codePointAt(0));

/** BMP units that need NFKC: the folds' BMP part, combining marks, surrogates; as one sorted list of ranges. */
function unitRanges(nfkcRanges) {
  const units = new Set();
  for (const [first, last] of nfkcRanges) for (let code = first; code <= Math.min(last, 0xffff); code++) units.add(code);
  for (let code = 0x80; code <= 0xffff; code++) {
    if ((code >= 0xd800 && code <= 0xdfff) || /\p{M}/u.test(String.fromCharCode(code))) units.add(code);
  }
  return asRanges([...units].sort((a, b) => a - b));
}

/** [first, last] ranges as hexadecimal numbers, a few pairs a line. */
function numberLines(ranges) {
  const pairs = ranges.map(([first, last]) => `0x${first.toString(16)}, 0x${last.toString(16)},`);
  const lines = [];
  for (const pair of pairs) {
    if (lines.length === 0 || lines.at(-1).length + pair.length > 112) lines.push(' ');
    lines[lines.length - 1] += ` ${pair}`;
  }
  return lines.join('\n');
}

/** The folds a look-alike's own table does not cover: every one but the look-alikes NFKC leaves as they are. */
function nfkcFoldRanges(ranges, lookalikes) {
  const plain = new Set(codesOf(lookalikes).filter((code) => String.fromCodePoint(code).normalize('NFKC') === String.fromCodePoint(code)));
  const codes = ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, index) => first + index));
  return asRanges(codes.filter((code) => !plain.has(code)));
}

export function asciiFoldsSource(lookalikes = lookalikeTable(), ranges = asciiFoldRanges(lookalikes)) {
  const parts = asciiFoldsParts(ranges);
  const nfkcRanges = nfkcFoldRanges(ranges, lookalikes);
  return `// Generated by scripts/ascii-folds.mjs (Unicode ${process.versions.unicode}): do not edit.
// The characters normalisation (detect/normalize-text.ts) turns into text holding ASCII, or drops as invisible:
// a text without any of them reads the same keywords, ASCII ones, before and after normalising. Global, no u flag.
export const ASCII_FOLDS_SOURCE =
${stringExpression(parts)}

// Characters of other scripts that look like an ASCII one (Unicode's confusables), and the ASCII one: normalisation
// reads them as it after NFKC, so that \u0421laude is Claude. The class holds exactly the table's keys.
export const LOOKALIKES_SOURCE =
${stringExpression(asciiFoldsParts(asRanges(codesOf(lookalikes))))}

// The folds that need NFKC or dropping: a text with none of them (and no combining mark NFKC could compose) reads
// the same ASCII once its look-alikes alone are read as ASCII, which costs far less than NFKC on a line of prose.
export const NFKC_FOLDS_SOURCE =
${stringExpression(asciiFoldsParts(nfkcRanges))}

// The same for one UTF-16 unit at a time, as [first, last] pairs: those folds in the BMP, the combining marks NFKC
// could compose and the surrogates (an astral character is left to NFKC). util/lookalikes.ts fills its table here.
export const NEEDS_NFKC_UNITS: readonly number[] = [
${numberLines(unitRanges(nfkcRanges))}
];

export const LOOKALIKES: Readonly<Record<string, string>> = ${tableExpression(lookalikes)};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../src/util/ascii-folds.ts', import.meta.url), asciiFoldsSource());
}
