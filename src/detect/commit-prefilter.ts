// Which commits could match at all, decided on git log's raw output before a record is parsed. Every rule a
// commit meets needs a keyword (message, identity, added lines) or a path index key before its pattern is tried,
// so a commit whose text holds none of them cannot match. Rules compare normalised text (NFKC, no zero-width
// characters, LF line ends), which is the raw text only for ASCII: the stream parses every record with another byte.
import type { Kind } from '../types.js';
import type { Matchers } from './compile-rules.js';
import { escapeRegex } from './escape-regex.js';

/**
 * One global expression, over lower-cased text, of every keyword and path key the commit rules need; undefined
 * when some rule must see every commit (a rule without keywords, a path glob without a literal index key).
 */
export function commitPrefilter(matchers: Matchers, content: boolean): RegExp | undefined {
  const kinds: Kind[] = content ? ['message', 'identity', 'content'] : ['message', 'identity'];
  const words: string[] = [];
  for (const kind of kinds) {
    const rules = matchers.byKind.get(kind);
    if (!rules) continue;
    if (!matchers.prefilter.get(kind)) return undefined;
    for (const compiled of rules) if (compiled.regex) words.push(...compiled.keywords);
  }
  if (matchers.pathAlways.length > 0) return undefined;
  // Path keys are matched case-sensitively on paths: lower-cased here, the test only gets wider.
  for (const key of matchers.pathBySegment.keys()) words.push(key.toLowerCase());
  for (const entries of matchers.pathByPrefix.values()) for (const entry of entries) words.push(entry.prefix.toLowerCase());
  // Normalisation turns CR into LF, so a word that holds either could match text that does not hold it.
  if (words.some((word) => word === '' || /[\r\n]/.test(word))) return undefined;
  return new RegExp(alternation(words), 'g');
}

// Forms collapse spaces and join wrapped or folded lines (message-forms.ts): a keyword's space may be any run of
// whitespace in the raw text, or a literal "\n" sequence.
const literal = (char: string): string => (char === ' ' ? '(?:\\s|\\\\[nr])+' : escapeRegex(char));

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The words as one alternation with shared prefixes factored out (`claude(?:-escapes|-session)`): V8 tries far
 * fewer branches at each position of 64 KB chunks (~30% faster than a flat list). A word that another extends
 * ends the branch: only where a hit starts matters.
 */
function alternation(words: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    if (node.end) return '';
    const branches = [...node.next].map(([char, child]) => literal(char) + emit(child));
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return emit(root);
}
