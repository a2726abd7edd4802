import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { decodeText } from '../git/decode.js';
import { listSource, type Source } from './source.js';

const SCISSORS = /^# -+ >8 -+$/m;

/** The message git will record: comment lines and the verbose diff below the scissors line are not part of it. */
export function commitMessageText(raw: string, commentChar = '#'): string {
  const scissors = raw.search(SCISSORS);
  const kept = scissors === -1 ? raw : raw.slice(0, scissors);
  return kept
    .split(/\r?\n/)
    .filter((line) => !line.startsWith(commentChar))
    .join('\n');
}

export function readMessageFile(file: string): string {
  try {
    return decodeText(readFileSync(file), '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `message file not found: ${file}` : `cannot read message file ${file}: ${code ?? (error as Error).message}`);
  }
}


/** A commit message as a source: the file's text as git will record it, or text the caller already read. */
export function messageSource(message: { file: string; text?: string }): Source {
  return listSource(`commit message (${message.file})`, () => [{ type: 'message', text: message.text ?? commitMessageText(readMessageFile(message.file)), file: message.file }]);
}
