// An annotated tag object as git stores it: `object`, `type`, `tag`, `tagger` headers, a blank line, the message.
import { decodeText } from './decode.js';

export interface TagObject {
  /** The object the tag names (a commit, or another tag). */
  object: string;
  type: string;
  name: string;
  /** `Name <email>`, without git's timestamp. */
  tagger: string;
  /** ISO 8601 from the tagger line's timestamp; empty when it has none. */
  date: string;
  message: string;
}

export function parseTagObject(content: Buffer): TagObject {
  const blank = content.indexOf('\n\n');
  const headerEnd = blank === -1 ? content.length : blank;
  const headers = new Map<string, string>();
  for (const line of content.toString('utf8', 0, headerEnd).split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0 && !headers.has(line.slice(0, space))) headers.set(line.slice(0, space), line.slice(space + 1));
  }
  const { ident, date } = splitIdent(headers.get('tagger') ?? '');
  const message = blank === -1 ? '' : decodeText(content.subarray(blank + 2), headers.get('encoding') ?? '');
  const header = (name: string): string => headers.get(name) ?? '';
  return { object: header('object'), type: header('type'), name: header('tag'), tagger: ident, date, message };
}

/** `Name <email> 1700000000 +0100` → the identity and the time as ISO 8601 (UTC). */
export function splitIdent(line: string): { ident: string; date: string } {
  const match = /^(.*>)\s*(\d+)?\s*([+-]\d{4})?\s*$/.exec(line);
  if (!match) return { ident: line.trim(), date: '' };
  const seconds = match[2] === undefined ? NaN : Number(match[2]);
  return { ident: match[1]!.trim(), date: Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : '' };
}
