// shared/corpus beside the project: real commits and paths from public repositories. Tests skip when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './git-repo.js';

const CORPUS = join(PROJECT_ROOT, '../shared/corpus');
export const CORPUS_COMMITS = join(CORPUS, 'real-commits.jsonl');
export const CORPUS_PATHS = join(CORPUS, 'real-ai-paths.tsv');

export interface CorpusCommit {
  repo: string;
  sha: string;
  author: string;
  committer: string;
  date: string;
  message: string;
}

/** Every corpus commit; an empty list when the corpus is absent (the suite that reads it is skipped then). */
export function readCorpusCommits(): CorpusCommit[] {
  if (!existsSync(CORPUS_COMMITS)) return [];
  return readFileSync(CORPUS_COMMITS, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusCommit);
}
