import type { CommitInfo, Subject } from '../types.js';
import type { CommitRecord } from '../git/commit-stream.js';

export function commitInfo(record: CommitRecord): CommitInfo {
  const newline = record.message.indexOf('\n');
  return {
    id: record.id,
    summary: (newline === -1 ? record.message : record.message.slice(0, newline)).trim(),
    author: record.author,
    committer: record.committer,
    date: record.date,
    authorDate: record.authorDate,
  };
}

/** A commit as subjects: message, author, committer, the paths it adds or changes, its added lines. */
export function* commitSubjects(record: CommitRecord): Generator<Subject> {
  const commit = commitInfo(record);
  yield { type: 'message', text: record.message, commit };
  yield { type: 'identity', role: 'author', value: record.author, commit };
  yield { type: 'identity', role: 'committer', value: record.committer, commit };
  for (const changed of record.paths) {
    // A deletion removes a trace; it does not add one.
    if (changed.status === 'D') continue;
    yield { type: 'path', path: changed.path, symlink: changed.mode === '120000', commit, blob: changed.blob };
  }
  if (record.diff) yield { type: 'diff', diff: record.diff, commit };
}
