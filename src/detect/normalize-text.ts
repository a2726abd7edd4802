// Text is compared after NFKC, without default-ignorable or bidi characters, with letters of other scripts that
// look like ASCII ones read as those (Cyrillic С as C), with LF line ends.
import { readLookalikes } from '../util/lookalikes.js';

// Every Default_Ignorable_Code_Point (zero-width and bidi controls, soft hyphen, CGJ, variation selectors, tag
// characters, Hangul fillers, Mongolian selectors…) plus the interlinear annotation marks: none shows on screen.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;
// The same set as [^\x00-\x7F], written as a range V8 scans faster (it runs on every message and identity).
const NON_ASCII = /[\u0080-\uFFFF]/;

export function normalizeText(text: string): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  // ASCII is its own NFKC form: skip the costly part for most messages.
  if (!NON_ASCII.test(lf)) return lf;
  // Stripped before NFKC (a CGJ must not block a composition) and after (NFKC maps U+3164 and U+FFA0 to U+1160).
  const nfkc = lf.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '');
  return readLookalikes(nfkc);
}

const SPACE_RUN = /[ \t]{2,}|\t/;

/** Runs of spaces and tabs read as one space: `Co-Authored-By:\t Claude` is the trailer it shows as. */
export function collapseSpaces(text: string): string {
  return SPACE_RUN.test(text) ? text.replace(/[ \t]+/g, ' ') : text;
}
