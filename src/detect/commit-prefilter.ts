// Which commits could match at all, decided on git log's raw output before a record is parsed. Every rule a
// commit meets needs a keyword (message, identity, added lines) or a path index key before its pattern is tried,
// so a commit whose text holds none of them cannot match. Rules compare normalised text (NFKC, no zero-width
// characters, LF line ends), which is the raw text only for ASCII: the stream parses every record with another byte.
import type { Kind } from '../types.js';
import type { Matchers } from './compile-rules.js';
import { escapeRegex } from '../util/escape-regex.js';

/** One expression a part of a git log record: the words only the rules that read that part need. */
export interface CommitPrefilter {
  /** Author and committer: identity rules' keywords. */
  identity: RegExp;
  /** The message: message rules' keywords. */
  message: RegExp;
  /** Paths and patch: path index keys, and content rules' keywords when added lines are read. */
  changes: RegExp;
}

/**
 * Global expressions, over lower-cased text, of every keyword and path key the commit rules need, one for each part
 * of a record (a human named Claude in the author field is no message trailer); undefined when some rule must see
 * every commit (a rule without keywords, a path glob without a literal index key).
 */
export function commitPrefilters(matchers: Matchers, content: boolean): CommitPrefilter | undefined {
  const words = prefilterWords(matchers, content);
  if (!words) return undefined;
  return { identity: expression(words.identity), message: expression(words.message), changes: expression(words.changes) };
}

/** All of them in one expression (what a record as a whole must hold). */
export function commitPrefilter(matchers: Matchers, content: boolean): RegExp | undefined {
  const words = prefilterWords(matchers, content);
  return words ? expression([...words.identity, ...words.message, ...words.changes]) : undefined;
}

function prefilterWords(matchers: Matchers, content: boolean): Record<keyof CommitPrefilter, string[]> | undefined {
  const kinds: Kind[] = content ? ['message', 'identity', 'content'] : ['message', 'identity'];
  const byKind = new Map<Kind, string[]>();
  for (const kind of kinds) {
    const rules = matchers.byKind.get(kind);
    if (!rules) continue;
    if (!matchers.prefilter.get(kind)) return undefined;
    byKind.set(
      kind,
      rules.flatMap((compiled) => (compiled.regex ? compiled.keywords : [])),
    );
  }
  if (matchers.pathAlways.length > 0) return undefined;
  // Path keys are matched case-sensitively on paths: lower-cased here, the test only gets wider.
  const changes = [...(byKind.get('content') ?? [])];
  for (const key of matchers.pathBySegment.keys()) changes.push(key.toLowerCase());
  for (const entries of matchers.pathByPrefix.values()) for (const entry of entries) changes.push(entry.prefix.toLowerCase());
  const words = { identity: byKind.get('identity') ?? [], message: byKind.get('message') ?? [], changes };
  // Normalisation turns CR into LF, so a word that holds either could match text that does not hold it.
  if (Object.values(words).some((list) => list.some((word) => word === '' || /[\r\n]/.test(word)))) return undefined;
  return words;
}

const expression = (words: string[]): RegExp => new RegExp(words.length > 0 ? alternation(words) : '(?!)', 'g');

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
