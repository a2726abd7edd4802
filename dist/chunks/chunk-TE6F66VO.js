import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  gitArgs,
  gitEnv
} from "./chunk-7RU7R6GY.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

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
  read(objectName) {
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
      this.pending.shift().resolve(fields[1] === "blob" ? blob : void 0);
    }
  }
};

// src/sources/settings-text.ts
async function settingsSubjectsFor(subjects, wants, read) {
  const settings = [];
  for (const subject of subjects) {
    if (!wantsText(subject, wants) || subject.type !== "path") continue;
    const text = await read(subject.path, subject.commit);
    if (text !== void 0) settings.push({ type: "settings", path: subject.path, text, commit: subject.commit });
  }
  return settings;
}
async function* withSettingsText(batches, wants, read) {
  for await (const batch of batches) {
    const list = Array.isArray(batch) ? batch : [batch];
    if (!list.some((subject) => wantsText(subject, wants))) {
      yield batch;
      continue;
    }
    const withText = [];
    for (const subject of list) {
      withText.push(subject);
      if (wantsText(subject, wants)) withText.push(...await settingsSubjectsFor([subject], wants, read));
    }
    yield withText;
  }
}
function wantsText(subject, wants) {
  return subject.type === "path" && !subject.symlink && wants(subject.path);
}
function settingsTextReader(repo, source) {
  const batch = new BlobBatch(repo.cwd);
  const read = async (path, commit) => {
    if (source === "tree" && !repo.bare) {
      const { readFile } = await import("node:fs/promises");
      return readFile(`${repo.root}/${path}`, "utf8").catch(() => void 0);
    }
    const name = source === "index" ? `:${path}` : source === "commits" && commit ? `${commit.id}:${path}` : `HEAD:${path}`;
    const blob = await batch.read(name);
    return blob?.toString("utf8");
  };
  return { read, close: () => batch.close() };
}

export {
  settingsSubjectsFor,
  withSettingsText,
  settingsTextReader
};
