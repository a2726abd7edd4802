// One `git cat-file --batch` process for every blob a scan reads (`<commit>:<path>`, `:path`, `HEAD:path`),
// started on the first request only.
import { spawn } from 'node:child_process';
import { gitArgs, gitEnv } from './run-git.js';
import { UsageError } from '../errors.js';
export class BlobBatch {
    cwd;
    child;
    pending = [];
    buffer = Buffer.alloc(0);
    failure;
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** The blob an object name points at; undefined when it is missing or not a blob. */
    read(objectName) {
        // The batch protocol is line-based: a name with a newline cannot be asked for.
        if (objectName.includes('\n'))
            return Promise.resolve(undefined);
        if (this.failure)
            return Promise.reject(this.failure);
        const child = this.start();
        return new Promise((resolve, reject) => {
            this.pending.push({ resolve, reject });
            child.stdin.write(`${objectName}\n`);
        });
    }
    close() {
        this.child?.stdin?.end();
        this.child = undefined;
    }
    start() {
        if (this.child)
            return this.child;
        const child = spawn('git', gitArgs(['cat-file', '--batch']), { cwd: this.cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
        const errors = [];
        child.stdout.on('data', (chunk) => {
            this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
            this.drain();
        });
        child.stderr.on('data', (chunk) => errors.push(chunk));
        child.stdin.on('error', () => undefined);
        const fail = (message) => {
            this.failure = new UsageError(`git cat-file --batch: ${message}`);
            for (const waiting of this.pending.splice(0))
                waiting.reject(this.failure);
        };
        child.on('error', (error) => fail(error.message));
        child.on('close', (code) => {
            if (this.pending.length > 0)
                fail(Buffer.concat(errors).toString('utf8').trim().split('\n')[0] || `exit ${code}`);
        });
        this.child = child;
        return child;
    }
    drain() {
        while (this.pending.length > 0) {
            const newline = this.buffer.indexOf(10);
            if (newline === -1)
                return;
            const header = this.buffer.subarray(0, newline).toString('utf8');
            const fields = header.split(' ');
            if (fields.length !== 3 || !/^\d+$/.test(fields[2])) {
                // "<name> missing" or "<name> ambiguous": nothing follows the header.
                this.buffer = this.buffer.subarray(newline + 1);
                this.pending.shift().resolve(undefined);
                continue;
            }
            const size = Number(fields[2]);
            if (this.buffer.length < newline + 1 + size + 1)
                return;
            const blob = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
            this.buffer = this.buffer.subarray(newline + 1 + size + 1);
            this.pending.shift().resolve(fields[1] === 'blob' ? blob : undefined);
        }
    }
}
