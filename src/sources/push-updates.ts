// The ref updates git hands a pre-push or pre-receive hook on stdin, parsed strictly: a line we do not understand refuses the push.
import { UsageError } from '../errors.js';

/** One `<local ref> <local sha> <remote ref> <remote sha>` line of pre-push. */
export interface PushUpdate {
  localRef: string;
  localSha: string;
  remoteRef: string;
  remoteSha: string;
}

/** One `<old sha> <new sha> <ref>` line of pre-receive. */
export interface ReceiveUpdate {
  oldSha: string;
  newSha: string;
  ref: string;
}

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO = /^0+$/;

export function isZeroId(id: string): boolean {
  return ZERO.test(id);
}

function objectId(hook: string, lineNumber: number, value: string | undefined, what: string): string {
  if (value === undefined || !OBJECT_ID.test(value)) {
    throw new UsageError(`${hook}: malformed stdin line ${lineNumber}: ${what} is not an object id: ${JSON.stringify(value ?? '')}`);
  }
  return value;
}

function fieldsOf(text: string): { fields: string[]; lineNumber: number }[] {
  return text
    .split('\n')
    .map((line, index) => ({
      fields: line
        .replace(/\r$/, '')
        .split(' ')
        .filter((field) => field !== ''),
      lineNumber: index + 1,
    }))
    .filter((entry) => entry.fields.length > 0);
}

export function parsePrePushInput(text: string): PushUpdate[] {
  return fieldsOf(text).map(({ fields, lineNumber }) => {
    if (fields.length !== 4) {
      throw new UsageError(
        `pre-push: malformed stdin line ${lineNumber}: expected "<local ref> <local sha> <remote ref> <remote sha>", ` +
          `got ${fields.length} field${fields.length === 1 ? '' : 's'}`,
      );
    }
    const [localRef = '', localSha, remoteRef = '', remoteSha] = fields;
    return {
      localRef,
      localSha: objectId('pre-push', lineNumber, localSha, 'local sha'),
      remoteRef,
      remoteSha: objectId('pre-push', lineNumber, remoteSha, 'remote sha'),
    };
  });
}

export function parsePreReceiveInput(text: string): ReceiveUpdate[] {
  return fieldsOf(text).map(({ fields, lineNumber }) => {
    if (fields.length !== 3) {
      throw new UsageError(
        `pre-receive: malformed stdin line ${lineNumber}: expected "<old sha> <new sha> <ref>", ` +
          `got ${fields.length} field${fields.length === 1 ? '' : 's'}`,
      );
    }
    const [oldSha, newSha, ref = ''] = fields;
    return {
      oldSha: objectId('pre-receive', lineNumber, oldSha, 'old sha'),
      newSha: objectId('pre-receive', lineNumber, newSha, 'new sha'),
      ref,
    };
  });
}

/** All of stdin as text; an interactive terminal counts as empty (someone ran the hook by hand). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
