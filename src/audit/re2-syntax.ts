// JavaScript rule patterns and path globs in RE2 syntax (what GitHub rulesets and GitLab push rules run), and
// alternations factored so that many rules fit in one field. Whatever RE2 cannot say is reported, never guessed.

export class Untranslatable extends Error {}

/** One rule pattern in RE2 syntax, its flags scoped to it: `(?im:…)`. Throws Untranslatable for look-arounds and backreferences. */
export function toRe2(pattern: string, flags: string, options: { dropLookarounds?: boolean } = {}): string {
  const body = translateBody(pattern, options.dropLookarounds ?? false);
  const scoped = [...new Set(flags.split(''))]
    .filter((flag) => 'ims'.includes(flag))
    .sort()
    .join('');
  return scoped ? `(?${scoped}:${body})` : `(?:${body})`;
}

function translateBody(pattern: string, dropLookarounds: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next === 'u') {
        const { codePoint, length } = unicodeEscape(pattern, i);
        out += `\\x{${codePoint.toString(16).toUpperCase()}}`;
        i += length - 1;
        continue;
      }
      if (/[1-9k]/.test(next)) throw new Untranslatable('a backreference');
      if (next === 'c' || next === '0') throw new Untranslatable(`the escape \\${next}`);
      // JavaScript lets any punctuation be escaped; RE2 too, but not letters it does not know.
      out += next === '/' ? '/' : `\\${next}`;
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      out += char;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      if (pattern[i + 1] === '^') out += pattern[++i];
      if (pattern[i + 1] === ']') out += `\\${pattern[++i]}`;
      continue;
    }
    if (char === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i);
      if (rest.startsWith('(?<![\\s\\S])')) {
        out += '\\A';
        i += '(?<![\\s\\S])'.length - 1;
        continue;
      }
      if (rest.startsWith('(?![\\s\\S])')) {
        out += '\\z';
        i += '(?![\\s\\S])'.length - 1;
        continue;
      }
      // `(?=(X))\N`, an atomic group: linear-time JavaScript. RE2 never backtracks, so there it is simply X.
      const atomic = atomicGroup(pattern, i);
      if (atomic) {
        out += `(?:${translateBody(atomic.inner, dropLookarounds)})`;
        i = atomic.end - 1;
        continue;
      }
      const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(rest);
      if (lookaround) {
        if (!dropLookarounds) throw new Untranslatable('a look-around');
        i = closingParen(pattern, i);
        continue;
      }
      const named = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      if (named) {
        out += `(?P<${named[1]}>`;
        i += named[0].length - 1;
        continue;
      }
    }
    out += char;
  }
  return out;
}

/** `(?=(X))\N` at `at`, where group N is that capture: X and the index past the backreference. */
function atomicGroup(pattern: string, at: number): { inner: string; end: number } | undefined {
  if (!pattern.startsWith('(?=(', at)) return undefined;
  const close = closingParen(pattern, at);
  const group = closingParen(pattern, at + 3);
  if (group !== close - 1) return undefined;
  const reference = /^\\(\d+)/.exec(pattern.slice(close + 1));
  if (!reference || Number(reference[1]) !== captureNumber(pattern, at + 3)) return undefined;
  return { inner: pattern.slice(at + 4, group), end: close + 1 + reference[0].length };
}

/** Where the pattern's own syntax characters stand from `from` on: escaped characters and character classes skipped. */
function* syntaxPositions(pattern: string, from: number): Generator<number> {
  let inClass = false;
  for (let i = from; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') inClass = true;
    else yield i;
  }
}

/** The number of the capturing group that opens at `open` (groups counted from the left, as JavaScript does). */
function captureNumber(pattern: string, open: number): number {
  let count = 0;
  for (const i of syntaxPositions(pattern, 0)) {
    if (i > open) break;
    if (pattern[i] === '(' && (pattern[i + 1] !== '?' || /^\(\?<[A-Za-z_]/.test(pattern.slice(i)))) count++;
  }
  return count;
}

/** \uXXXX, a surrogate pair of them, or \u{…}: one code point. */
function unicodeEscape(pattern: string, at: number): { codePoint: number; length: number } {
  const braced = /^\\u\{([0-9a-fA-F]+)\}/.exec(pattern.slice(at));
  if (braced) return { codePoint: parseInt(braced[1]!, 16), length: braced[0].length };
  const pair = /^\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(pattern.slice(at));
  if (pair) return { codePoint: (parseInt(pair[1]!, 16) - 0xd800) * 0x400 + (parseInt(pair[2]!, 16) - 0xdc00) + 0x10000, length: 12 };
  const single = /^\\u([0-9a-fA-F]{4})/.exec(pattern.slice(at));
  if (!single) throw new Untranslatable('a malformed \\u escape');
  return { codePoint: parseInt(single[1]!, 16), length: 6 };
}

/** The index of the parenthesis that closes the group opening at `open`. */
function closingParen(pattern: string, open: number): number {
  let depth = 0;
  for (const i of syntaxPositions(pattern, open)) {
    if (pattern[i] === '(') depth++;
    else if (pattern[i] === ')' && --depth === 0) return i;
  }
  throw new Untranslatable('an unbalanced group');
}

/** Top-level units of an RE2 body: each atom with its quantifier, so a prefix ending on a unit boundary is a whole sequence. */
export function units(body: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < body.length) {
    const start = i;
    const char = body[i]!;
    if (char === '\\') {
      const braced = /^\\[xpP]\{[^}]*\}/.exec(body.slice(i));
      i += braced ? braced[0].length : 2;
    } else if (char === '[') {
      i++;
      if (body[i] === '^') i++;
      if (body[i] === ']') i++;
      while (i < body.length && body[i] !== ']') i += body[i] === '\\' ? 2 : 1;
      i++;
    } else if (char === '(') {
      i = closingParen(body, i) + 1;
    } else {
      i++;
    }
    // Quantifiers stay with their atom: `*`, `+`, `?`, `{n,m}`, each optionally lazy.
    for (;;) {
      const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(body.slice(i));
      if (!quantifier) break;
      i += quantifier[0].length;
    }
    out.push(body.slice(start, i));
  }
  return out;
}

/** Splits an RE2 body at its top-level `|`. */
export function alternatives(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const unit of units(body)) {
    if (unit === '|') {
      parts.push(current);
      current = '';
    } else current += unit;
  }
  parts.push(current);
  return parts;
}

/** An alternation of bodies with shared leading units taken out once: `P(?:a|b)` for `Pa|Pb`; same language, fewer characters. */
export function factorAlternatives(bodies: string[]): string {
  let items = [...new Set(bodies)].map((body) => units(body));
  for (;;) {
    let best: { prefix: number; members: number[]; saving: number } | undefined;
    const byPrefix = new Map<string, number[]>();
    items.forEach((item, index) => {
      for (let length = 1; length < item.length; length++) {
        const key = item.slice(0, length).join('');
        const list = byPrefix.get(key) ?? [];
        list.push(index);
        byPrefix.set(key, list);
      }
    });
    for (const [key, members] of byPrefix) {
      const saving = (members.length - 1) * key.length - 5;
      if (members.length > 1 && saving > 0 && (!best || saving > best.saving)) best = { prefix: units(key).length, members, saving };
    }
    if (!best) break;
    const group = best.members.map((index) => items[index]!);
    const prefix = group[0]!.slice(0, best.prefix);
    const rest = factorAlternatives(group.map((item) => item.slice(best.prefix).join('')));
    const merged = [...prefix, `(?:${rest})`];
    items = [...items.filter((_, index) => !best.members.includes(index)), merged];
  }
  return items
    .map((item) => item.join(''))
    .sort()
    .join('|');
}

/** A path glob (the rules' micromatch syntax) as an RE2 body over the whole repository path. */
export function globToRe2(glob: string): string {
  if (/[!()+@]/.test(glob)) throw new Untranslatable(`the glob ${glob}`);
  const anywhere = glob.startsWith('**/');
  let out = anywhere ? '(?:^|/)' : '^';
  const rest = anywhere ? glob.slice(3) : glob;
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i]!;
    if (rest.startsWith('/**/', i)) {
      out += '/(?:.*/)?';
      i += 3;
    } else if (rest.startsWith('/**', i) && i + 3 === rest.length) {
      out += '/.*';
      i += 2;
    } else if (char === '*') out += rest[i + 1] === '*' ? (i++, '.*') : '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '{') {
      const close = rest.indexOf('}', i);
      if (close === -1) throw new Untranslatable(`the glob ${glob}`);
      out += `(?:${rest
        .slice(i + 1, close)
        .split(',')
        .map((part) => globToRe2(part).replace(/^\^/, ''))
        .join('|')})`;
      i = close;
    } else if (char === '[') {
      const close = rest.indexOf(']', i);
      if (close === -1) throw new Untranslatable(`the glob ${glob}`);
      out += rest.slice(i, close + 1);
      i = close;
    } else out += /[\\^$.|?*+()[\]{}]/.test(char) ? `\\${char}` : char;
  }
  return `${out}$`;
}

/** A glob whose letters match in either case (`[cC][lL]…`), for an fnmatch that has no case-insensitive flag. */
export function caseFoldGlob(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!;
    if (char === '[') {
      const close = glob.indexOf(']', i);
      out += glob.slice(i, close + 1);
      i = close;
    } else out += /[a-z]/i.test(char) ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char;
  }
  return out;
}

/** A glob with its braces expanded, for platforms whose fnmatch has none (GitHub's file path restrictions). */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open === -1) return [glob];
  const close = glob.indexOf('}', open);
  if (close === -1) return [glob];
  return glob
    .slice(open + 1, close)
    .split(',')
    .flatMap((part) => expandBraces(glob.slice(0, open) + part + glob.slice(close + 1)));
}
