import { runGit, splitZ, firstLine, type GitResult } from './run-git.js';
import type { Repository } from './repository.js';
import { UsageError } from '../errors.js';
import { GrepRecords, withoutRepeatedLines, type GrepHit } from './grep-records.js';

export type { GrepHit };

/** Where a tree is read: git's folder, and whether it is a bare repository (HEAD's tree) or a work tree. */
export type TreePlace = Pick<Repository, 'cwd' | 'bare' | 'hasHead'>;

/** Shaped as the path subject it becomes: a copy of each made 20,000 objects more for a 20,000-file tree. */
export interface TreeFile {
  type: 'path';
  path: string;
  symlink: boolean;
  /** The object id git records for it (absent for untracked files). */
  blob?: string;
}

/** What git listed of a tree, read into files only when the reader knows which paths it wants. */
export interface TreeListing {
  bare: boolean;
  /** ls-tree's output (bare), or ls-files' tracked and untracked lists; undefined when a bare HEAD is unborn. */
  outputs?: Buffer[];
}

/**
 * Tracked files plus untracked files git does not ignore; HEAD's tree in a bare repository. A submodule (gitlink)
 * is listed at its path like a file: one at .claude or .agents/skills/x brings a whole AI folder into the checkout.
 */
export async function listTree(repo: TreePlace, signal?: AbortSignal): Promise<TreeListing> {
  if (repo.bare) {
    if (!repo.hasHead) return { bare: true };
    const result = await runGit(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], repo.cwd, undefined, signal);
    if (result.code !== 0) throw new UsageError(`git ls-tree HEAD: ${firstLine(result.stderr)}`);
    return { bare: true, outputs: [result.stdout] };
  }
  const [tracked, untracked] = await Promise.all([
    runGit(['ls-files', '-z', '--cached', '--stage', '--full-name'], repo.cwd, undefined, signal),
    runGit(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], repo.cwd, undefined, signal),
  ]);
  for (const result of [tracked, untracked]) {
    if (result.code !== 0) throw new UsageError(`git ls-files: ${firstLine(result.stderr)}`);
  }
  return { bare: false, outputs: [tracked.stdout, untracked.stdout] };
}

/**
 * The listed files whose path `keep` accepts: a tree of 20,000 files holds a few that any rule can match, and an
 * object for each of the others cost the collector more than the matching.
 */
export function treeFilesOf(listing: TreeListing, keep: (path: string) => boolean): TreeFile[] {
  const [first, untracked] = listing.outputs ?? [];
  if (!first) return [];
  if (listing.bare) {
    return splitZ(first.toString('utf8')).flatMap((entry) => {
      const tab = entry.indexOf('\t');
      const path = entry.slice(tab + 1);
      if (!keep(path)) return [];
      // "<mode> <type> <id>\t<path>"
      return [{ type: 'path' as const, path, symlink: entry.startsWith('120000'), blob: entry.slice(0, tab).split(' ')[2] }];
    });
  }
  const files: TreeFile[] = [];
  let lastPath = '';
  // Entries are read in place ("<mode> <id> <stage>\t<path>\0"): only the path becomes a string of its own.
  const text = first.toString('utf8');
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\0', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    const entry = start;
    const path = tab === -1 || tab > end ? text.slice(start, end) : text.slice(tab + 1, end);
    start = end + 1;
    // A conflicted file appears once per stage.
    if (path === lastPath) continue;
    lastPath = path;
    if (!keep(path)) continue;
    const symlink = text.startsWith('120000', entry);
    // "<mode> " is always 7 characters; the id runs to the next space.
    const blob = tab === -1 || tab > end ? undefined : text.slice(entry + 7, text.indexOf(' ', entry + 7));
    files.push({ type: 'path', path, symlink, blob });
  }
  for (const path of splitZ(untracked!.toString('utf8'))) if (keep(path)) files.push({ type: 'path', path, symlink: false });
  return files;
}

/**
 * One git grep over the work tree and its untracked files, or HEAD when bare, for the lines that hold a keyword
 * (ASCII case folded) or a UTF-8 character past ASCII amid text: NFKC turns full-width and other letters into ASCII
 * and invisible characters are dropped before matching (detect/normalize-text.ts), so such a line may spell a
 * keyword that no literal search finds; detect normalises it and decides. One Perl-compatible expression keeps it
 * to one pass (byte semantics: git runs under LC_ALL=C); a git built without PCRE gets two literal/POSIX greps.
 * -a: a file with a NUL byte or a `-diff`/`binary` attribute is searched like any other (git would print only
 * "Binary file … matches", or skip it under -I); no textconv driver the repository names is run.
 */
export async function grepKeywords(repo: TreePlace, keywords: string[], options: GrepOptions = {}): Promise<GrepHit[]> {
  if (keywords.length === 0 || (repo.bare && !repo.hasHead)) return [];
  const where = options.where ?? grepPlace(repo);
  const grep = async (how: string[]) => {
    const records = new GrepRecords(repo.bare ? 'HEAD:' : '', options.keep);
    const args = ['grep', '-z', '-n', '-a', '--no-color', '--no-textconv', ...how, ...where, '--'];
    const result = await runGit(args, repo.cwd, undefined, options.signal, (chunk) => records.push(chunk));
    return { result, hits: () => records.end() };
  };
  const combined = await grep(['-P', '-e', `(?i)(?:${keywords.map(perlLiteral).join('|')})|${TEXT_BEYOND_ASCII}`]);
  if (!NO_PCRE.test(combined.result.stderr) || combined.result.code === 0 || combined.result.code === 1) return grepHits(combined);
  const [words, beyondAscii] = await Promise.all([
    grep(['-i', '-F', ...keywords.flatMap((keyword) => ['-e', keyword])]),
    grep(['-E', '-e', '[^[:print:][:space:]]']),
  ]);
  return inGrepOrder([...grepHits(words), ...grepHits(beyondAscii)]);
}

export interface GrepOptions {
  signal?: AbortSignal;
  /** What to grep: the work tree and its untracked files, or HEAD when bare; --cached for the index. */
  where?: string[];
  /** Which lines to hold (the rest is dropped as it arrives): by default every line git prints. */
  keep?: (text: string) => boolean;
}

// A UTF-8 character past ASCII followed by text (8 characters, or what is left of the line): the lines normalisation
// may turn into a keyword, but not the random bytes of a binary file, which would bring most of it over the pipe.
const UTF8_BEYOND_ASCII = '(?:[\\xc2-\\xdf][\\x80-\\xbf]|[\\xe0-\\xef][\\x80-\\xbf]{2}|[\\xf0-\\xf4][\\x80-\\xbf]{3})';
const TEXT_CHARACTER = `(?:[\\t\\x20-\\x7e]|${UTF8_BEYOND_ASCII})`;
const TEXT_BEYOND_ASCII = `${UTF8_BEYOND_ASCII}(?=${TEXT_CHARACTER}{8}|${TEXT_CHARACTER}{0,7}$)`;

// git's answer to -P when it was built without PCRE ("cannot use Perl-compatible regexes when not compiled with USE_LIBPCRE").
const NO_PCRE = /Perl-compatible|PCRE/i;

/** A keyword as a literal of a Perl-compatible expression: every ASCII character but letters and digits escaped. */
function perlLiteral(word: string): string {
  return word.replace(/[^A-Za-z0-9\u0080-\uffff]/g, '\\$&');
}

function grepHits({ result, hits }: { result: GitResult; hits: () => GrepHit[] }): GrepHit[] {
  if (result.code === 1) return [];
  if (result.code !== 0) throw new UsageError(`git grep: ${firstLine(result.stderr)}`);
  return hits();
}

/** Both greps' lines in the order one grep gives (paths by their bytes, then lines), each once. */
function inGrepOrder(hits: GrepHit[]): GrepHit[] {
  return withoutRepeatedLines(hits.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)) || a.line - b.line));
}

function grepPlace(repo: TreePlace): string[] {
  return repo.bare ? ['HEAD'] : ['--untracked'];
}

/**
 * The index's copy of every tracked file, for work trees where `working-tree-encoding` keeps files in another
 * encoding (UTF-16, say) than the UTF-8 git stores, which a grep of the work tree would never match.
 */
export function grepIndexKeywords(repo: TreePlace, keywords: string[], options: GrepOptions = {}): Promise<GrepHit[]> {
  return repo.bare ? Promise.resolve([]) : grepKeywords(repo, keywords, { ...options, where: ['--cached'] });
}

/** Whether one of the tree's .gitattributes files (paths given), or info/attributes, declares a working-tree-encoding. */
export async function declaresWorktreeEncoding(repo: Repository, attributeFiles: readonly string[]): Promise<boolean> {
  if (repo.bare || !repo.root) return false;
  const { readFile } = await import('node:fs/promises');
  const files = [...attributeFiles.map((path) => `${repo.root}/${path}`), `${repo.gitDir}/info/attributes`];
  const texts = await Promise.all(files.map((file) => readFile(file, 'latin1').catch(() => '')));
  return texts.some((text) => /working-tree-encoding/i.test(text));
}
