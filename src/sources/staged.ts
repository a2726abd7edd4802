import type { Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import { readStagedChanges } from '../git/staged-changes.js';

/** What the index adds against HEAD: added, renamed and modified paths, and their added lines. */
export async function stagedSubjects(repo: Repository, content: boolean): Promise<Subject[]> {
  const staged = await readStagedChanges(repo, content);
  const subjects: Subject[] = staged.paths.map((changed) => ({ type: 'path', path: changed.path, symlink: changed.mode === '120000' }));
  if (staged.diff) subjects.push({ type: 'diff', diff: staged.diff });
  return subjects;
}
