import { readFileSync } from 'node:fs';
import type { Subject } from '../types.js';
import { UsageError } from '../errors.js';
import { decodeText } from '../git/decode.js';

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

export function messageFileSubjects(file: string): Subject[] {
  return [{ type: 'message', text: commitMessageText(readMessageFile(file)), file }];
}
