// Scanned repositories write the evidence: nothing of it may reach a terminal, a CI log or a parser as anything
// but text. Every formatter runs attacker-controlled strings through one of these before printing them.

// Beyond C0: DEL and C1, ALM, zero-width space, LRM/RLM, line/paragraph separators and LRE…RLO, word joiner,
// LRI…PDI, BOM. JSON.stringify escapes C0 itself; the rest it leaves raw.
const INVISIBLE = '\\u007f-\\u009f\\u061c\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2060\\u2066-\\u2069\\ufeff';
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
/**
 * Characters shown escaped: C0 and C1 controls and DEL (terminal sequences, and CR/LF that start a new log line),
 * U+0085/U+2028/U+2029 (line breaks to some readers), bidi controls (Trojan Source reordering), invisible
 * spaces, and lone surrogates (they would not survive UTF-8).
 */
const UNSAFE = new RegExp(`[\\u0000-\\u001f${INVISIBLE}]|${LONE_SURROGATE}`, 'g');
/** The characters above that JSON.stringify leaves raw (and XML 1.0 allows): for formats that escape them their own way. */
export const RAW_INVISIBLE = new RegExp(`[${INVISIBLE}]`, 'g');
const UNSAFE_CHAR = new RegExp(UNSAFE.source);
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
// The GitHub runner reads `##[command]` anywhere in a line (its v1 form) and `::command::` after leading blanks.
const V1_COMMAND = /##\[/g;

/** One line of plain text: controls and line breaks shown as \x1b, \n, \u{202e}; no workflow-command prefix. */
export function displayText(text: string): string {
  return text.replace(UNSAFE, escapeChar).replace(V1_COMMAND, '##\\x5b');
}

function escapeChar(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/**
 * Lines of a human-readable report: none may begin (after blanks, as the runner trims them) with `::`, the
 * start of a workflow command. Our own text never does; a stray one is shown with its first colon escaped.
 */
export function guardLines(text: string): string {
  return text.replace(/^([^\S\r\n]*):/gm, '$1\\x3a');
}

/**
 * JSON text (json, sarif, gitlab) as printed by JSON.stringify, made safe to print in a log: the characters
 * JSON.stringify leaves raw that a terminal or the runner would act on become \u escapes, which every JSON reader
 * decodes to the same string. They can only occur inside strings, where the escape means the same.
 */
export function safeJson(json: string): string {
  return json.replace(RAW_INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(V1_COMMAND, '#\\u0023[');
}

/**
 * A word for a POSIX shell command line: bare when it is plainly safe, single-quoted otherwise, and in the
 * $'…' form (bash, zsh, ksh, busybox sh; POSIX.1-2024) when it holds a character a terminal would act on.
 */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_./@%+=:,-]+$/.test(text)) return text;
  if (!UNSAFE_CHAR.test(text) && !text.includes('##[')) return `'${text.replaceAll("'", "'\\''")}'`;
  const escaped = [...text]
    .map((char) => {
      if (char === '\\' || char === "'") return `\\${char}`;
      if (char === '#') return '\\x23';
      if (!UNSAFE_CHAR.test(char)) return char;
      return [...Buffer.from(char, 'utf8')].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
    })
    .join('');
  return `$'${escaped}'`;
}
