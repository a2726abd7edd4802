import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { decodeText } from '../git/decode.js';
import { listSource, type Source } from './source.js';

/** git's commit_msg_cleanup_mode: what `git commit` does to the message file after commit-msg has run. */
export type CleanupMode = 'strip' | 'whitespace' | 'verbatim' | 'scissors';

/** git's get_cleanup_mode(): `default` and `scissors` depend on whether an editor was started. */
export function cleanupModeOf(setting: string | undefined, editor: boolean): CleanupMode | undefined {
  if (setting === undefined || setting === 'default') return editor ? 'strip' : 'whitespace';
  if (setting === 'scissors') return editor ? 'scissors' : 'whitespace';
  if (setting === 'strip' || setting === 'whitespace' || setting === 'verbatim') return setting;
  return undefined; // git dies on any other value: nothing is stored.
}

const CUT_LINE = '------------------------ >8 ------------------------\n';

/** git's cleanup_message(): the message as `git commit` stores it under one mode (verbose: -v or commit.verbose). */
export function cleanupMessage(raw: string, mode: CleanupMode, verbose: boolean, commentChar = '#'): string {
  let text = raw;
  if (verbose || mode === 'scissors') {
    // wt_status_locate_end(): the cut line at the very start, or after a line break.
    const cut = `\n${commentChar} ${CUT_LINE}`;
    if (text.startsWith(cut.slice(1))) text = '';
    else if (text.includes(cut)) text = text.slice(0, text.indexOf(cut) + 1);
  }
  return mode === 'verbatim' ? text : stripSpace(text, mode === 'strip' ? commentChar : undefined);
}

/** git's strbuf_stripspace(): trailing blanks off each line, runs of blank lines made one, none at either end. */
export function stripSpace(text: string, commentPrefix?: string): string {
  let out = '';
  let empties = 0;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    if (commentPrefix !== undefined && line.startsWith(commentPrefix)) continue;
    const kept = line.replace(/[ \t\n\v\f\r]+$/, '');
    if (kept === '') {
      empties++;
      continue;
    }
    if (empties > 0 && out !== '') out += '\n';
    empties = 0;
    out += `${kept}\n`;
  }
  return out;
}

/** The message git will record when nothing else is known: the strip-mode form (comments and the verbose diff gone). */
export function commitMessageText(raw: string, commentChar = '#'): string {
  return cleanupMessage(raw, 'strip', true, commentChar);
}

export function readMessageFile(file: string): string {
  try {
    return decodeText(readFileSync(file), '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code ?? (error as Error).message;
    throw new UsageError(code === 'ENOENT' ? `message file not found: ${file}` : `cannot read message file ${file}: ${reason}`);
  }
}

/** A commit message as a source: the file's text as git will record it, or text the caller already read. */
export function messageSource(message: { file: string; text?: string }): Source {
  const text = (): string => message.text ?? commitMessageText(readMessageFile(message.file));
  return listSource(`commit message (${message.file})`, () => [{ type: 'message', text: text(), file: message.file }]);
}
