import { runGit, splitZ, firstLine, type GitResult } from './run-git.js';
import type { Repository } from './repository.js';
import { UsageError } from '../errors.js';

/** Where a tree is read: git's folder, and whether it is a bare repository (HEAD's tree) or a work tree. */
export type TreePlace = Pick<Repository, 'cwd' | 'bare' | 'hasHead'>;

export interface TreeFile {
  path: string;
  symlink: boolean;
  /** The object id git records for it (absent for untracked files). */
  blob?: string;
}

/**
 * Tracked files plus untracked files git does not ignore; HEAD's tree in a bare repository. A submodule (gitlink)
 * is listed at its path like a file: one at .claude or .agents/skills/x brings a whole AI folder into the checkout.
 */
export async function listTreeFiles(repo: TreePlace, signal?: AbortSignal): Promise<TreeFile[]> {
  if (repo.bare) {
    if (!repo.hasHead) return [];
    const result = await runGit(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], repo.cwd, undefined, signal);
    if (result.code !== 0) throw new UsageError(`git ls-tree HEAD: ${firstLine(result.stderr)}`);
    return splitZ(result.stdout.toString('utf8')).flatMap((entry) => {
      const tab = entry.indexOf('\t');
      const mode = entry.slice(0, 6);
      // "<mode> <type> <id>\t<path>"
      return [{ path: entry.slice(tab + 1), symlink: mode === '120000', blob: entry.slice(0, tab).split(' ')[2] }];
    });
  }
  const [tracked, untracked] = await Promise.all([
    runGit(['ls-files', '-z', '--cached', '--stage', '--full-name'], repo.cwd, undefined, signal),
    runGit(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], repo.cwd, undefined, signal),
  ]);
  for (const result of [tracked, untracked]) {
    if (result.code !== 0) throw new UsageError(`git ls-files: ${firstLine(result.stderr)}`);
  }
  const files: TreeFile[] = [];
  let lastPath = '';
  // Entries are read in place ("<mode> <id> <stage>\t<path>\0"): only the path becomes a string of its own.
  const text = tracked.stdout.toString('utf8');
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\0', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    const path = tab === -1 || tab > end ? text.slice(start, end) : text.slice(tab + 1, end);
    const symlink = text.startsWith('120000', start);
    // "<mode> " is always 7 characters; the id runs to the next space.
    const blob = tab === -1 || tab > end ? undefined : text.slice(start + 7, text.indexOf(' ', start + 7));
    start = end + 1;
    // A conflicted file appears once per stage.
    if (path === lastPath) continue;
    lastPath = path;
    files.push({ path, symlink, blob });
  }
  for (const path of splitZ(untracked.stdout.toString('utf8'))) files.push({ path, symlink: false });
  return files;
}

export interface GrepHit {
  path: string;
  line: number;
  text: string;
}

/**
 * One git grep over the work tree and its untracked files, or HEAD when bare, for the lines that hold a keyword
 * (ASCII case folded) or any byte past ASCII: NFKC turns full-width and other compatibility letters into ASCII
 * and invisible characters are dropped before matching (detect/normalize-text.ts), so such a line may spell a
 * keyword that no literal search finds; detect normalises it and decides. One Perl-compatible expression keeps it
 * to one pass (byte semantics: git runs under LC_ALL=C); a git built without PCRE gets two literal/POSIX greps.
 * -a: a file with a NUL byte or a `-diff`/`binary` attribute is searched like any other (git would print only
 * "Binary file … matches", or skip it under -I); no textconv driver the repository names is run.
 */
export async function grepKeywords(repo: TreePlace, keywords: string[], signal?: AbortSignal, where = grepPlace(repo)) {
  if (keywords.length === 0 || (repo.bare && !repo.hasHead)) return [];
  const grep = (how: string[]) =>
    runGit(['grep', '-z', '-n', '-a', '--no-color', '--no-textconv', ...how, ...where, '--'], repo.cwd, undefined, signal);
  const prefix = repo.bare ? 'HEAD:' : '';
  const combined = await grep(['-P', '-e', `(?i)(?:${keywords.map(perlLiteral).join('|')})|[\\x80-\\xff]`]);
  if (!NO_PCRE.test(combined.stderr) || combined.code === 0 || combined.code === 1) return grepHits(combined, prefix);
  const [words, beyondAscii] = await Promise.all([
    grep(['-i', '-F', ...keywords.flatMap((keyword) => ['-e', keyword])]),
    grep(['-E', '-e', '[^[:print:][:space:]]']),
  ]);
  return withoutRepeatedHits([...grepHits(words, prefix), ...grepHits(beyondAscii, prefix)]);
}

// git's answer to -P when it was built without PCRE ("cannot use Perl-compatible regexes when not compiled with USE_LIBPCRE").
const NO_PCRE = /Perl-compatible|PCRE/i;

/** A keyword as a literal of a Perl-compatible expression: every ASCII character but letters and digits escaped. */
function perlLiteral(word: string): string {
  return word.replace(/[^A-Za-z0-9\u0080-\uffff]/g, '\\$&');
}

function grepHits(result: GitResult, prefix: string): GrepHit[] {
  if (result.code === 1) return [];
  if (result.code !== 0) throw new UsageError(`git grep: ${firstLine(result.stderr)}`);
  return parseGrepOutput(result.stdout.toString('utf8'), prefix);
}

/** A line both greps found counts once; all in the order one grep gives (paths by their bytes, then lines). */
function withoutRepeatedHits(hits: GrepHit[]): GrepHit[] {
  const seen = new Set<string>();
  const ordered = hits.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)) || a.line - b.line);
  return ordered.filter((hit) => {
    const key = `${hit.path}\0${hit.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function grepPlace(repo: TreePlace): string[] {
  return repo.bare ? ['HEAD'] : ['--untracked'];
}

/**
 * The index's copy of every tracked file, for work trees where `working-tree-encoding` keeps files in another
 * encoding (UTF-16, say) than the UTF-8 git stores, which a grep of the work tree would never match.
 */
export function grepIndexKeywords(repo: TreePlace, keywords: string[], signal?: AbortSignal): Promise<GrepHit[]> {
  return repo.bare ? Promise.resolve([]) : grepKeywords(repo, keywords, signal, ['--cached']);
}

/** Whether one of the tree's .gitattributes files (paths given), or info/attributes, declares a working-tree-encoding. */
export async function declaresWorktreeEncoding(repo: Repository, attributeFiles: readonly string[]): Promise<boolean> {
  if (repo.bare || !repo.root) return false;
  const { readFile } = await import('node:fs/promises');
  const files = [...attributeFiles.map((path) => `${repo.root}/${path}`), `${repo.gitDir}/info/attributes`];
  const texts = await Promise.all(files.map((file) => readFile(file, 'latin1').catch(() => '')));
  return texts.some((text) => /working-tree-encoding/i.test(text));
}

/**
 * `<path>\0<line>\0<text>\n` rows, read in order: a path may hold a newline (never a NUL), a line of a binary file
 * may hold a NUL (never a newline), so neither a split on newlines nor one on NULs alone would do.
 */
export function parseGrepOutput(text: string, prefix = ''): GrepHit[] {
  const hits: GrepHit[] = [];
  for (let start = 0; start < text.length;) {
    const first = text.indexOf('\0', start);
    const second = first === -1 ? -1 : text.indexOf('\0', first + 1);
    if (second === -1) break;
    let end = text.indexOf('\n', second + 1);
    if (end === -1) end = text.length;
    const path = text.slice(start + prefix.length, first);
    hits.push({ path, line: Number(text.slice(first + 1, second)), text: text.slice(second + 1, end) });
    start = end + 1;
  }
  return hits;
}
