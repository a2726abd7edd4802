// The shared corpus of real commits (../shared/corpus): tests read it when present and skip when absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Subject } from '../../src/types.js';
import { PROJECT_ROOT } from './git-repo.js';

export const CORPUS_DIR = join(PROJECT_ROOT, '../shared/corpus');
export const CORPUS_COMMITS = join(CORPUS_DIR, 'real-commits.jsonl');

export interface CorpusCommit {
  repo: string;
  sha: string;
  author: string;
  committer: string;
  date: string;
  message: string;
}

/** Every commit of real-commits.jsonl; none when the corpus is absent. */
export function readCorpusCommits(): CorpusCommit[] {
  if (!existsSync(CORPUS_COMMITS)) return [];
  return readFileSync(CORPUS_COMMITS, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusCommit);
}

/** What a history scan reads of a commit without its diff: the message and both identities. */
export function corpusCommitSubjects(record: CorpusCommit): Subject[] {
  const commit = { id: record.sha, summary: record.message.split('\n')[0] ?? '', author: record.author, committer: record.committer, date: record.date };
  return [
    { type: 'message', text: record.message, commit },
    { type: 'identity', role: 'author', value: record.author, commit },
    { type: 'identity', role: 'committer', value: record.committer, commit },
  ];
}
