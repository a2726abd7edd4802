import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  gitArgs,
  gitEnv
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/blob-batch.ts
import { spawn } from "node:child_process";
var BlobBatch = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  child;
  pending = [];
  buffer = Buffer.alloc(0);
  failure;
  /** The blob an object name points at; undefined when it is missing or not a blob. */
  async read(objectName) {
    const object = await this.object(objectName);
    return object?.type === "blob" ? object.content : void 0;
  }
  /** Any object (a tag, a tree, a commit, a blob) by name; undefined when it is missing. */
  object(objectName) {
    if (objectName.includes("\n")) return Promise.resolve(void 0);
    if (this.failure) return Promise.reject(this.failure);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      child.stdin.write(`${objectName}
`);
    });
  }
  close() {
    this.child?.stdin?.end();
    this.child = void 0;
  }
  start() {
    if (this.child) return this.child;
    const child = spawn("git", gitArgs(["cat-file", "--batch"]), { cwd: this.cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const errors = [];
    child.stdout.on("data", (chunk) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.drain();
    });
    child.stderr.on("data", (chunk) => errors.push(chunk));
    child.stdin.on("error", () => void 0);
    const fail = (message) => {
      this.failure = new UsageError(`git cat-file --batch: ${message}`);
      for (const waiting of this.pending.splice(0)) waiting.reject(this.failure);
    };
    child.on("error", (error) => fail(error.message));
    child.on("close", (code) => {
      if (this.pending.length > 0) fail(Buffer.concat(errors).toString("utf8").trim().split("\n")[0] || `exit ${code}`);
    });
    this.child = child;
    return child;
  }
  drain() {
    while (this.pending.length > 0) {
      const newline = this.buffer.indexOf(10);
      if (newline === -1) return;
      const header = this.buffer.subarray(0, newline).toString("utf8");
      const fields = header.split(" ");
      if (fields.length !== 3 || !/^\d+$/.test(fields[2])) {
        this.buffer = this.buffer.subarray(newline + 1);
        this.pending.shift().resolve(void 0);
        continue;
      }
      const size = Number(fields[2]);
      if (this.buffer.length < newline + 1 + size + 1) return;
      const blob = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size));
      this.buffer = this.buffer.subarray(newline + 1 + size + 1);
      this.pending.shift().resolve({ type: fields[1], content: blob });
    }
  }
};

export {
  BlobBatch
};
