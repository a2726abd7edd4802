import type { Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import { listTreeFiles, grepKeywords, declaresWorktreeEncoding, grepIndexKeywords } from '../git/tree-files.js';
import { settingsOfList, type Source } from './source.js';

export interface TreeOptions {
  content: boolean;
  /** The words git grep starts looking for at once (the built-in rules'); read() greps again if detect needs others. */
  expectedKeywords?: readonly string[];
}

/**
 * The tree: every tracked and untracked-not-ignored path (HEAD's tree in a bare repository), the settings files'
 * text, and the lines that hold a content keyword. git starts when the source is made; paths are matched while
 * git grep still reads.
 */
export function treeSource(repo: Repository, options: TreeOptions): Source {
  const abort = new AbortController();
  const expected = options.content ? [...(options.expectedKeywords ?? [])] : [];
  const paths = listTreeFiles(repo, abort.signal).then((files) =>
    files.map((file): Subject => ({ type: 'path', path: file.path, symlink: file.symlink, blob: file.blob })),
  );
  let content = options.expectedKeywords ? grepLines(repo, expected, abort.signal) : undefined;
  let finished = false;
  // Whichever fails first is reported when it is read; neither may count as unhandled meanwhile.
  paths.catch(() => undefined);
  void Promise.allSettled([paths, content]).then(() => (finished = true));
  return {
    label: repo.bare ? 'tree at HEAD' : 'working tree',
    async *read(needs) {
      const wanted = options.content ? [...needs.contentKeywords] : [];
      if (!content || wanted.join('\0') !== expected.join('\0')) content = grepLines(repo, wanted, abort.signal);
      const list = await paths;
      yield list;
      yield await settingsOfList(list, needs, repo, 'tree');
      // A working-tree-encoding attribute keeps work-tree files in an encoding no keyword matches: the index is read too.
      const encoded = options.content ? declaresWorktreeEncoding(repo, attributeFiles(list)) : Promise.resolve(false);
      const lines = await content;
      yield (await encoded) ? withoutRepeats([...lines, ...(await grepLines(repo, wanted, abort.signal, true))]) : lines;
    },
    stop: () => finished || abort.abort(),
  };
}

function grepLines(repo: Repository, keywords: readonly string[], signal: AbortSignal, index = false): Promise<Subject[]> {
  const hits = index ? grepIndexKeywords(repo, [...keywords], signal) : grepKeywords(repo, [...keywords], signal);
  const lines = hits.then((hits) => hits.map((hit): Subject => ({ type: 'content', path: hit.path, line: hit.line, text: hit.text })));
  lines.catch(() => undefined);
  return lines;
}

function attributeFiles(list: readonly Subject[]): string[] {
  const files: string[] = [];
  for (const subject of list) if (subject.type === 'path' && subject.path.endsWith('.gitattributes')) files.push(subject.path);
  return files.filter((path) => path === '.gitattributes' || path.endsWith('/.gitattributes'));
}

/** The same line found in the work tree and in the index counts once. */
function withoutRepeats(lines: Subject[]): Subject[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    const key = line.type === 'content' ? `${line.path}\0${line.line}\0${line.text}` : '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
