// A rule's pattern as detect uses it: built-in rules run on V8 (their patterns are tested to stay linear),
// a policy's custom rules on re2js, whose time is linear in the input whatever the pattern.
import { UsageError } from '../errors.js';

export interface PatternMatch {
  index: number;
  text: string;
}

export interface TextPattern {
  test(text: string): boolean;
  /** Every match, left to right, none overlapping. */
  matchAll(text: string): Iterable<PatternMatch>;
}

export function backtrackingPattern(source: string, flags: string): TextPattern {
  const regex = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  return {
    test(text) {
      regex.lastIndex = 0;
      return regex.test(text);
    },
    *matchAll(text) {
      for (const match of text.matchAll(regex)) yield { index: match.index ?? 0, text: match[0] };
    },
  };
}

type Re2Module = typeof import('re2js');
let re2Module: Re2Module | undefined;

/** Loads the linear-time engine: only a policy with custom rules pays for it (about 20 ms), never a clean hook. */
export async function loadLinearEngine(): Promise<void> {
  re2Module ??= await import('re2js');
}

/** A custom rule's pattern on re2js; what RE2 cannot run in linear time (backreferences, lookahead) is refused. */
export function linearPattern(source: string, flags: string, label: string): TextPattern {
  if (!re2Module) throw new Error('linear engine not loaded: await loadLinearEngine() first');
  const { RE2JS } = re2Module;
  let bits = RE2JS.LOOKBEHINDS;
  if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
  if (flags.includes('m')) bits |= RE2JS.MULTILINE;
  if (flags.includes('s')) bits |= RE2JS.DOTALL;
  let re: InstanceType<Re2Module['RE2JS']>;
  try {
    re = RE2JS.compile(RE2JS.translateRegExp(source), bits);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? '';
    throw new UsageError(`${label}: pattern cannot run in linear time (custom rules may not use backreferences or lookahead): ${reason}`);
  }
  return {
    test: (text) => re.test(text),
    *matchAll(text) {
      // The DFA answers most texts at once; the slower matcher runs only where there is a match.
      if (!re.test(text)) return;
      for (const match of re.matchAll(text)) yield { index: match.index ?? 0, text: match[0] };
    },
  };
}
