import type { Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import { listTreeFiles, grepKeywords } from '../git/tree-files.js';

/** The tree as subjects: every tracked and untracked-not-ignored path, and the lines that hold a keyword. */
export async function treeSubjects(repo: Repository, contentKeywords: string[]): Promise<Subject[]> {
  const parts = treeSubjectParts(repo, contentKeywords);
  return [...(await parts.paths), ...(await parts.content)];
}

/**
 * The same subjects in two parts that arrive apart: the file list takes git a few milliseconds, the grep of
 * every file far longer, so paths can be matched while git grep still reads.
 */
export function treeSubjectParts(repo: Repository, contentKeywords: string[], signal?: AbortSignal): { paths: Promise<Subject[]>; content: Promise<Subject[]> } {
  const paths = listTreeFiles(repo, signal).then((files) => files.map((file): Subject => ({ type: 'path', path: file.path, symlink: file.symlink })));
  const content = grepKeywords(repo, contentKeywords, signal).then((hits) => hits.map((hit): Subject => ({ type: 'content', path: hit.path, line: hit.line, text: hit.text })));
  // Whichever fails first is reported when it is awaited; neither may count as unhandled meanwhile.
  paths.catch(() => undefined);
  content.catch(() => undefined);
  return { paths, content };
}
