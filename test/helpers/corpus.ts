// shared/corpus beside the project: real commits and paths from public repositories. Tests skip when it is absent,
// except in CI (CI=true), where a missing corpus fails them: CI always has it, so its absence is a broken checkout.
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

/** True where a suite reading `file` skips: the corpus is absent and this is not CI. */
export function corpusAbsent(file: string): boolean {
  return !existsSync(file) && process.env.CI !== 'true';
}

/** Every corpus commit; an error when the corpus is absent (the suite that reads it runs only in CI then). */
export function readCorpusCommits(): CorpusCommit[] {
  if (!existsSync(CORPUS_COMMITS)) throw new Error(`${CORPUS_COMMITS}: missing (CI=true needs shared/corpus beside the project)`);
  return readFileSync(CORPUS_COMMITS, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as CorpusCommit);
}
