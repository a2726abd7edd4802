import type { Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import { listTreeFiles, grepKeywords } from '../git/tree-files.js';

/** The tree as subjects: every tracked and untracked-not-ignored path, and the lines that hold a keyword. */
export async function treeSubjects(repo: Repository, contentKeywords: string[]): Promise<Subject[]> {
  const [files, hits] = await Promise.all([listTreeFiles(repo), grepKeywords(repo, contentKeywords)]);
  const subjects: Subject[] = files.map((file) => ({ type: 'path', path: file.path, symlink: file.symlink }));
  for (const hit of hits) subjects.push({ type: 'content', path: hit.path, line: hit.line, text: hit.text });
  return subjects;
}
