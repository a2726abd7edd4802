// The forms in which a message's trailers and markers are matched: as git reads them (folded trailer lines
// joined, literal "\n" sequences as line breaks, spaces collapsed), and reflowed (each paragraph on one line),
// for markers a squash merge wrapped across a line break. Each line of a form knows the message line it came from.
import { collapseSpaces } from './normalize-text.js';

export interface MessageForm {
  text: string;
  /** Offset in text where each of its lines starts, and the 1-based message line that line came from (lazy in plain forms). */
  starts?: number[];
  sourceLines?: number[];
  /** Reflowed form: a match counts only where it crosses a join (elsewhere the logical form saw the same text). */
  reflowed: boolean;
}

// A line that opens a trailer, after the list and quote marks squash messages put before it.
const TRAILER_START = /^[ \t>*-]*[A-Za-z0-9][A-Za-z0-9-]*[ \t]*:/;
const LITERAL_NEWLINE = /\\r\\n|\\n/;
const NEEDS_WORK = /\\n|\n[ \t]|[ \t]{2,}|\t/;

export function messageForms(text: string): MessageForm[] {
  const logical = NEEDS_WORK.test(text) ? logicalForm(text) : plainForm(text);
  const reflowed = reflowedForm(logical);
  return reflowed ? [logical, reflowed] : [logical];
}

/** A text taken as it stands, one form line per line (the line table is made when a match needs it). */
export function plainForm(text: string): MessageForm {
  return { text, reflowed: false };
}

function lineTable(form: MessageForm): { starts: number[]; sourceLines: number[] } {
  if (!form.starts || !form.sourceLines) {
    const starts = [0];
    for (let index = form.text.indexOf('\n'); index !== -1; index = form.text.indexOf('\n', index + 1)) starts.push(index + 1);
    form.starts = starts;
    form.sourceLines = starts.map((_, index) => index + 1);
  }
  return { starts: form.starts, sourceLines: form.sourceLines };
}

function logicalForm(text: string): MessageForm {
  // Each form line is a list of pieces: a trailer and its continuation lines, joined once at the end.
  const lines: string[][] = [];
  const sourceLines: number[] = [];
  const indents: number[] = [];
  const trailers: boolean[] = [];
  text.split('\n').forEach((raw, index) => {
    // "fix\n\nCo-Authored-By: …" written as backslash-n: the tool meant line breaks, and a reader sees them.
    const parts = raw.includes('\\') && LITERAL_NEWLINE.test(raw) ? raw.split(/\\r\\n|\\n/) : [raw];
    for (const part of parts) {
      const indent = part.length - part.trimStart().length;
      const last = lines.length - 1;
      // git joins a more indented line to the trailer above it: "Co-authored-by: Claude\n <noreply@…>" is one trailer.
      if (last >= 0 && indent > 0 && indent < part.length && indent > indents[last]! && trailers[last]) {
        lines[last]!.push(part.trim());
        continue;
      }
      lines.push([part]);
      sourceLines.push(index + 1);
      indents.push(indent);
      trailers.push(TRAILER_START.test(part));
    }
  });
  const joined = (pieces: string[]): string => (pieces.length === 1 ? pieces[0]! : [pieces[0]!.trimEnd(), ...pieces.slice(1)].join(' '));
  const collapsed = lines.map((pieces) => collapseSpaces(joined(pieces)));
  const starts: number[] = [];
  let offset = 0;
  for (const line of collapsed) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return { text: collapsed.join('\n'), starts, sourceLines, reflowed: false };
}

/** Each paragraph's lines joined by one space; undefined when no paragraph has two lines. */
function reflowedForm(logical: MessageForm): MessageForm | undefined {
  const { text } = logical;
  if (!/[^\n]\n[^\n]/.test(text)) return undefined;
  const table = lineTable(logical);
  const lines = text.split('\n');
  const out: string[] = [];
  const starts: number[] = [];
  const sourceLines: number[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const joins = index > 0 && line.trim() !== '' && lines[index - 1]!.trim() !== '';
    const piece = joins ? ` ${line.trimStart()}` : `${index > 0 ? '\n' : ''}${line}`;
    starts.push(offset + (piece.length - (joins ? line.trimStart().length : line.length)));
    sourceLines.push(table.sourceLines[index]!);
    out.push(piece);
    offset += piece.length;
  });
  return { text: out.join(''), starts, sourceLines, reflowed: true };
}

/** The form line an offset falls in (binary search over the line starts). */
export function formLineAt(form: MessageForm, offset: number): number {
  const { starts } = lineTable(form);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The form line's text (without its line break) and the message line it came from. */
export function formLine(form: MessageForm, index: number): { text: string; sourceLine: number } {
  const { starts, sourceLines } = lineTable(form);
  const next = starts[index + 1];
  const end = next === undefined ? form.text.length : next - 1;
  return { text: form.text.slice(starts[index]!, end), sourceLine: sourceLines[index]! };
}
