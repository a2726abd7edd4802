import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  streamCommitBatches
} from "./chunk-VNCF2TW3.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

// src/sources/commit-subjects.ts
function commitInfo(record) {
  const newline = record.message.indexOf("\n");
  return {
    id: record.id,
    summary: (newline === -1 ? record.message : record.message.slice(0, newline)).trim(),
    author: record.author,
    committer: record.committer,
    date: record.date
  };
}
function* commitSubjects(record) {
  const commit = commitInfo(record);
  yield { type: "message", text: record.message, commit };
  yield { type: "identity", role: "author", value: record.author, commit };
  yield { type: "identity", role: "committer", value: record.committer, commit };
  for (const changed of record.paths) {
    if (changed.status === "D") continue;
    yield { type: "path", path: changed.path, symlink: changed.mode === "120000", commit };
  }
  if (record.diff) yield { type: "diff", diff: record.diff, commit };
}

// src/sources/range.ts
async function* rangeSubjects(repo, options) {
  for await (const batch of rangeSubjectBatches(repo, options)) yield* batch;
}
async function* rangeSubjectBatches(repo, options) {
  try {
    const onSkipped = (count) => {
      for (let i = 0; i < count; i++) options.onCommit?.();
    };
    const streamOptions = { revisions: options.revisions, content: options.content, skipUnless: options.prefilter, onSkipped, started: options.started };
    for await (const records of streamCommitBatches(repo.cwd, streamOptions)) {
      const subjects = [];
      for (const record of records) {
        options.onCommit?.();
        for (const subject of commitSubjects(record)) subjects.push(subject);
      }
      yield subjects;
    }
  } catch (error) {
    throw namedRevisionError(error, options.revisions);
  }
}
function namedRevisionError(error, revisions) {
  if (!(error instanceof UsageError)) return error;
  const ambiguous = /ambiguous argument '([^']*)'|bad revision '([^']*)'|unknown revision[^']*'([^']*)'/.exec(error.message);
  if (ambiguous) return new UsageError(`unknown revision: ${ambiguous[1] ?? ambiguous[2] ?? ambiguous[3]}`);
  if (/does not have any commits yet/.test(error.message)) return new UsageError(`no commits yet: ${revisions.join(" ")}`);
  return error;
}

export {
  rangeSubjects,
  rangeSubjectBatches
};
