// Which of a kind's keywords occur in a lower-cased text, found in one search instead of one `includes` per rule
// and keyword: a message is read in several forms, each tried against ~30 rules.
import { escapeRegex } from '../util/escape-regex.js';

export interface KeywordIndex {
  words: string[];
  /** Every word, longest first: at each position the first alternative that matches is the longest word there. */
  finder: RegExp;
  /** For each word, the ids of the words it starts with (itself included): they occur wherever it does. */
  prefixIds: Map<string, number[]>;
}

export function keywordIndex(words: readonly string[]): KeywordIndex {
  const unique = [...new Set(words)];
  const longestFirst = [...unique].sort((a, b) => b.length - a.length);
  const prefixIds = new Map<string, number[]>();
  for (const word of unique)
    prefixIds.set(
      word,
      unique.flatMap((other, id) => (word.startsWith(other) ? [id] : [])),
    );
  return { words: unique, finder: new RegExp(longestFirst.map(escapeRegex).join('|'), 'g'), prefixIds };
}

/** One flag a word (by its index in `words`): set when the lower-cased text holds it; undefined when it holds none. */
export function keywordHits(index: KeywordIndex, lower: string): Uint8Array | undefined {
  const { finder } = index;
  let hits: Uint8Array | undefined;
  finder.lastIndex = 0;
  for (let match = finder.exec(lower); match; match = finder.exec(lower)) {
    hits ??= new Uint8Array(index.words.length);
    for (const id of index.prefixIds.get(match[0])!) hits[id] = 1;
    // A shorter word may start inside this one: the next search starts one character on, not after the match.
    finder.lastIndex = match.index + 1;
  }
  return hits;
}
