// One `git cat-file --batch` process for every object a scan reads (`<commit>:<path>`, `:path`, `HEAD:path`, tags,
// notes trees), started on the first request only.
import { spawn, type ChildProcess } from 'node:child_process';
import { gitArgs, gitEnv } from './run-git.js';
import { UsageError } from '../errors.js';

/** An object as git stores it: its type (blob, tree, commit, tag) and its raw content. */
export interface GitObject {
  type: string;
  content: Buffer;
}

interface Pending {
  resolve: (object: GitObject | undefined) => void;
  reject: (error: Error) => void;
}

export class BlobBatch {
  private child: ChildProcess | undefined;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private failure: Error | undefined;

  constructor(private readonly cwd: string) {}

  /** The blob an object name points at; undefined when it is missing or not a blob. */
  async read(objectName: string): Promise<Buffer | undefined> {
    const object = await this.object(objectName);
    return object?.type === 'blob' ? object.content : undefined;
  }

  /** Any object (a tag, a tree, a commit, a blob) by name; undefined when it is missing. */
  object(objectName: string): Promise<GitObject | undefined> {
    // The batch protocol is line-based: a name with a newline cannot be asked for.
    if (objectName.includes('\n')) return Promise.resolve(undefined);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin!.write(`${objectName}\n`);
    });
  }

  close(): void {
    this.child?.stdin?.end();
    this.child = undefined;
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const child = spawn('git', gitArgs(['cat-file', '--batch']), { cwd: this.cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const errors: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk));
    child.stdin!.on('error', () => undefined);
    const fail = (message: string) => {
      this.failure = new UsageError(`git cat-file --batch: ${message}`);
      for (const waiting of this.pending.splice(0)) waiting.reject(this.failure);
    };
    child.on('error', (error) => fail(error.message));
    child.on('close', (code) => {
      if (this.pending.length > 0) fail(Buffer.concat(errors).toString('utf8').trim().split('\n')[0] || `exit ${code}`);
    });
    this.child = child;
    return child;
  }

  private drain(): void {
    while (this.pending.length > 0) {
      const newline = this.buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.buffer.subarray(0, newline).toString('utf8');
      const fields = header.split(' ');
      if (fields.length !== 3 || !/^\d+$/.test(fields[2]!)) {
        // "<name> missing" or "<name> ambiguous": nothing follows the header.
        this.buffer = this.buffer.subarray(newline + 1);
        this.pending.shift()!.resolve(undefined);
        continue;
      }
      const size = Number(fields[2]);
      if (this.buffer.length < newline + 1 + size + 1) return;
      const blob = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.pending.shift()!.resolve({ type: fields[1]!, content: blob });
    }
  }
}
