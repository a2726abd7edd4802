import { displayText } from './safe-text.js';

/**
 * A code span: Markdown, HTML, entities, math and mentions are all literal inside one. Its fence is longer than any
 * run of backticks in the text; in a table `|` is escaped, the one character GitHub's tables read inside a span.
 */
export function codeSpan(text: string, where: { inTable?: boolean } = {}): string {
  const shown = displayText(text);
  const safe = where.inTable ? shown.replaceAll('|', '\\|') : shown;
  if (safe === '') return '';
  const longest = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') || safe.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}
