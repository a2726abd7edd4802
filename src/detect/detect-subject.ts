import type { CommitInfo, Finding, Kind, Subject } from '../types.js';
import { type CompiledRule, type Matchers, keywordIndexFor, matchesPath, pathCandidates } from './compile-rules.js';
import { ASCII_FOLDS_SOURCE, LOOKALIKES_SOURCE, NFKC_FOLDS_SOURCE } from '../util/ascii-folds.js';
import { marksIn, readLookalikes } from '../util/lookalikes.js';
import { collapseSpaces, normalizeText } from './normalize-text.js';
import { type MessageForm, formLine, formLineAt, messageForms, plainForm } from './message-forms.js';
import { addedLines } from '../git/added-lines.js';
import { makeFinding, type Place } from './make-finding.js';
import { detectSettings } from './settings/detect-settings.js';
import { keywordHits } from './keyword-hits.js';

/** Every finding the rules make of one subject; statuses are the policy's business. */
export function detectSubject(matchers: Matchers, subject: Subject, out: Finding[]): void {
  switch (subject.type) {
    case 'path':
      return detectPath(matchers, subject.path, subject.commit, out);
    case 'message':
      return detectText(matchers, 'message', subject.text, messagePlace(subject), out);
    case 'identity':
      return detectIdentity(
        matchers,
        subject.role,
        subject.value,
        { commit: subject.commit, field: subject.field ?? subject.role, object: subject.object },
        out,
      );
    case 'content':
      return detectLine(matchers, subject.text, { commit: subject.commit, path: subject.path, line: subject.line }, out);
    case 'diff':
      return detectDiff(matchers, subject.diff, subject.commit, out);
    case 'pull-request':
      // A PR title or body carries the same footers and trailers as a commit message, plus markers of its own.
      detectText(matchers, 'message', subject.text, { field: subject.field }, out);
      return detectText(matchers, 'pull-request', subject.text, { field: subject.field }, out);
    case 'branch':
      return detectText(matchers, 'branch', subject.name, { field: 'branch' }, out);
    case 'environment':
      return detectText(matchers, 'environment', `${subject.name}=${subject.value}`, { field: 'environment' }, out);
    case 'settings':
      return detectSettings(matchers, subject, out); // The analysers of detect/settings read the file.
  }
}

function messagePlace(subject: { commit?: CommitInfo; field?: string; file?: string; object?: string }): Place {
  return { commit: subject.commit, field: subject.field ?? (subject.file ? 'message-file' : 'message'), object: subject.object };
}

function detectPath(matchers: Matchers, path: string, commit: CommitInfo | undefined, out: Finding[]): void {
  for (const compiled of pathCandidates(matchers, path)) {
    if (compiled.rule.kind !== 'path') continue;
    if (matchesPath(compiled, path)) out.push(makeFinding(compiled, path, { commit, path }));
  }
}

function detectIdentity(matchers: Matchers, role: 'author' | 'committer', value: string, place: Place, out: Finding[]): void {
  const text = collapseSpaces(normalizeText(value));
  if (!passes(matchers, 'identity', text)) return;
  const hits = hitsOf(matchers, 'identity', text.toLowerCase());
  for (const compiled of matchers.byKind.get('identity') ?? []) {
    const field = compiled.rule.field ?? 'any';
    if (field !== 'any' && field !== role) continue;
    if (!compiled.regex || !hasKeyword(compiled, hits)) continue;
    if (compiled.regex.test(text)) out.push(makeFinding(compiled, text, place));
  }
}

/** Whole-text scan: squash merges move trailers out of git's trailer block, so every line counts. */
function detectText(matchers: Matchers, kind: Kind, raw: string, place: Place, out: Finding[]): void {
  const text = normalizeText(raw);
  // Messages and PR texts are read in every form git or a squash merge may give them (see message-forms.ts).
  const forms = kind === 'message' || kind === 'pull-request' ? messageForms(text) : [plainForm(text)];
  const seen = new Set<string>();
  for (const form of forms) detectForm(matchers, kind, form, place, seen, out);
}

function detectForm(matchers: Matchers, kind: Kind, form: MessageForm, place: Place, seen: Set<string>, out: Finding[]): void {
  if (!passes(matchers, kind, form.text)) return;
  const hits = hitsOf(matchers, kind, form.text.toLowerCase());
  for (const compiled of matchers.byKind.get(kind) ?? []) {
    if (!compiled.regex || !hasKeyword(compiled, hits)) continue;
    for (const match of compiled.regex.matchAll(form.text)) {
      const first = formLineAt(form, match.index);
      const spansLines = formLineAt(form, match.index + Math.max(match.text.length - 1, 0)) !== first;
      if (form.reflowed && !spansLines) continue;
      const line = formLine(form, first);
      const evidence = (spansLines ? match.text.trim() : line.text.trim()).slice(0, 300);
      const key = `${compiled.rule.id}\0${evidence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(makeFinding(compiled, evidence, { ...place, line: line.sourceLine }));
    }
  }
}

function detectLine(matchers: Matchers, raw: string, place: Place, out: Finding[]): void {
  const text = normalizeText(raw);
  if (!passes(matchers, 'content', text)) return;
  const hits = hitsOf(matchers, 'content', text.toLowerCase());
  for (const compiled of matchers.byKind.get('content') ?? []) {
    if (!compiled.regex || !hasKeyword(compiled, hits)) continue;
    if (compiled.pathRegexes.length > 0 && !matchesPath(compiled, place.path ?? '')) continue;
    if (compiled.regex.test(text)) out.push(makeFinding(compiled, text.trim().slice(0, 300), place));
  }
}

function detectDiff(matchers: Matchers, diff: string, commit: CommitInfo | undefined, out: Finding[]): void {
  // Most patches hold no keyword at all: one search over the whole text decides (measured: lower-casing a patch and
  // searching each word costs twice this case-insensitive alternation, patches with non-ASCII text most).
  // Lines are compared normalised: a patch whose keyword is spelled in full-width letters or split by a zero-width
  // character holds none in its raw text, so a patch that does not pass raw is tried once more normalised.
  if (!passes(matchers, 'content', diff) && !passesNormalised(matchers, diff)) return;
  for (const added of addedLines(diff)) detectLine(matchers, added.text, { commit, path: added.path, line: added.line }, out);
}

/**
 * Whether the normalised patch passes where the raw one did not. Only a character that normalises into ASCII (or is
 * dropped) can make an ASCII keyword appear, and such a keyword then lies within its length of one of them (every
 * other character of it is ASCII): only the spans around those characters are normalised and searched. A rule with
 * a non-ASCII keyword gets the whole patch normalised.
 */
function passesNormalised(matchers: Matchers, diff: string): boolean {
  const { nonAscii, margin } = contentKeywordShape(matchers);
  if (nonAscii) {
    const normalised = normalizeText(diff);
    return normalised !== diff && passes(matchers, 'content', normalised);
  }
  // Most patches hold no character normalisation changes at all: one scan tells.
  if (marksIn(diff, ANY_FOLD).next().done) return false;
  // A keyword spelled with look-alikes alone (Cyrillic С for C): each read as its ASCII character. Past a few
  // hundred of them the patch is prose in another script: then it is read whole, once.
  const lookalikes = { marks: LOOKALIKE, read: readLookalikes, dense: DENSE_LOOKALIKES };
  if (spansPass(matchers, diff, margin, lookalikes)) return true;
  // One spelled with characters NFKC folds or drops (look-alikes amid them too), normalised. As the tree's grep: a
  // character amid random bytes (a binary file's patch) is no letter of a word.
  const textAfter = (end: number) => ((TEXT_AFTER.lastIndex = end), TEXT_AFTER.test(diff));
  return spansPass(matchers, diff, margin, { marks: FOLDS, read: normalizeText, keep: textAfter });
}

interface Spans {
  /** Global: the characters a keyword may be spelled with (walked by marksIn). */
  marks: RegExp;
  /** How a span is read before the gate searches it. */
  read: (text: string) => string;
  /** Whether a mark counts, given where it ends. */
  keep?: (end: number) => boolean;
  /** Past this many marks the whole text is read at once. */
  dense?: number;
}

/** Whether the spans within `margin` of the marks (merged where they meet), each read, pass the content gate. */
function spansPass(matchers: Matchers, diff: string, margin: number, spans: Spans): boolean {
  const { marks, read, keep, dense = Infinity } = spans;
  let [start, end, count] = [-1, -1, 0];
  for (const [at, after] of marksIn(diff, marks)) {
    if (keep && !keep(after)) continue;
    if (++count > dense) return passes(matchers, 'content', read(diff));
    const [from, to] = [Math.max(0, at - margin), Math.min(diff.length, after + margin)];
    if (from > end) {
      if (end >= 0 && passes(matchers, 'content', read(diff.slice(start, end)))) return true;
      start = from;
    }
    end = to;
  }
  return end >= 0 && passes(matchers, 'content', read(diff.slice(start, end)));
}

const DENSE_LOOKALIKES = 256;
const LOOKALIKE = new RegExp(LOOKALIKES_SOURCE, 'g');
const ANY_FOLD = new RegExp(ASCII_FOLDS_SOURCE, 'g');
const FOLDS = new RegExp(NFKC_FOLDS_SOURCE, 'g');
// Eight characters of text, or text to the end of the line: no control character, no U+FFFD of an invalid byte.
const TEXT_AFTER = /[^\x00-\x08\x0a-\x1f\x7f\ufffd]{8}|[^\x00-\x08\x0a-\x1f\x7f\ufffd]{0,7}(?:\n|$)/y;

const keywordShapes = new WeakMap<Matchers, { nonAscii: boolean; margin: number }>();

/** Whether a content keyword holds a non-ASCII character, and the span (in UTF-16 units) the longest can cover. */
function contentKeywordShape(matchers: Matchers): { nonAscii: boolean; margin: number } {
  let shape = keywordShapes.get(matchers);
  if (!shape) {
    const words = (matchers.byKind.get('content') ?? []).flatMap((compiled) => compiled.keywords);
    // A folding character may take two UTF-16 units (mathematical letters): twice the longest word is enough.
    shape = { nonAscii: words.some((word) => /[^\x00-\x7f]/.test(word)), margin: 2 * Math.max(0, ...words.map((word) => word.length)) };
    keywordShapes.set(matchers, shape);
  }
  return shape;
}

function passes(matchers: Matchers, kind: Kind, text: string): boolean {
  if (!matchers.byKind.has(kind)) return false;
  const prefilter = matchers.prefilter.get(kind);
  return prefilter ? prefilter.test(text) : true;
}

/** Which of the kind's keywords the lower-cased text holds (undefined: none, or the kind has no keywords). */
function hitsOf(matchers: Matchers, kind: Kind, lower: string): Uint8Array | undefined {
  const index = keywordIndexFor(matchers, kind);
  return index ? keywordHits(index, lower) : undefined;
}

function hasKeyword(compiled: CompiledRule, hits: Uint8Array | undefined): boolean {
  if (compiled.keywordIds.length === 0) return true;
  return hits !== undefined && compiled.keywordIds.some((id) => hits[id] === 1);
}
