// The default ignore globs (`dir/**`, `**/dir/**`) are decided with string tests, so that a run whose findings
// all have plain paths never loads the glob library (it costs a hook more than the rest of its work).

// A segment micromatch reads as plain text: not empty, not . or .., no backslash (a Windows separator), no control
// character or line separator.
const PLAIN_SEGMENT = /^(?!\.\.?$)[^/\\\x00-\x1f\x7f\u2028\u2029]+$/;
const LITERAL_SEGMENT = /^(?!\.\.?$)[A-Za-z0-9._-]+$/;

function isPlain(path: string, segment = PLAIN_SEGMENT): boolean {
  return path !== '' && path.split('/').every((part) => segment.test(part));
}

type Test = (path: string) => boolean;

function literalTest(pattern: string): Test | undefined {
  const anywhere = pattern.startsWith('**/');
  const body = anywhere ? pattern.slice(3) : pattern;
  if (!body.endsWith('/**')) return undefined;
  const dir = body.slice(0, -3);
  if (!isPlain(dir, LITERAL_SEGMENT)) return undefined;
  const under = `${dir}/`;
  if (!anywhere) return (path) => path === dir || path.startsWith(under);
  const inner = `/${under}`;
  return (path) => path === dir || path.startsWith(under) || path.endsWith(`/${dir}`) || path.includes(inner);
}

/**
 * Whether micromatch.isMatch(path, patterns, { dot: true }) holds, decided without it; undefined when a
 * pattern is not of the two literal forms or the path is not a plain repository path (then ask micromatch).
 */
export function matchLiteralIgnore(patterns: string[], path: string): boolean | undefined {
  if (!isPlain(path)) return undefined;
  let matched = false;
  for (const pattern of patterns) {
    const test = cached.get(pattern) ?? compile(pattern);
    if (test === null) return undefined;
    if (!matched && test(path)) matched = true;
  }
  return matched;
}

const cached = new Map<string, Test | null>();
function compile(pattern: string): Test | null {
  const test = literalTest(pattern) ?? null;
  cached.set(pattern, test);
  return test;
}
