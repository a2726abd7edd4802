import { availableParallelism } from 'node:os';
import { runGit, splitZ, firstLine, type GitResult } from './run-git.js';
import type { Repository } from './repository.js';
import { UsageError } from '../errors.js';
import { escapeRegex } from '../util/escape-regex.js';
import type { PathKeys } from '../types.js';
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
  /** ls-tree's output (bare), or ls-files' tagged list (work tree), decoded once; undefined when a bare HEAD is unborn. */
  text?: string;
}

/**
 * Tracked files plus untracked files git does not ignore; HEAD's tree in a bare repository. A submodule (gitlink)
 * is listed at its path like a file: one at .claude or .agents/skills/x brings a whole AI folder into the checkout.
 * One ls-files gives both lists, each entry tagged (-v): `? <path>` untracked, else `<tag> <mode> <id> <stage>\t<path>`
 * with a lower-case tag (or S) for a file git takes as unchanged, whose copy on disk its index grep does not read.
 */
export async function listTree(repo: TreePlace, signal?: AbortSignal): Promise<TreeListing> {
  if (repo.bare) {
    if (!repo.hasHead) return { bare: true };
    const result = await runGit(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], repo.cwd, undefined, signal);
    if (result.code !== 0) throw new UsageError(`git ls-tree HEAD: ${firstLine(result.stderr)}`);
    return { bare: true, text: result.stdout.toString('utf8') };
  }
  const args = ['ls-files', '-z', '-v', '--cached', '--stage', '--others', '--exclude-standard', '--full-name'];
  const result = await runGit(args, repo.cwd, undefined, signal);
  if (result.code !== 0) throw new UsageError(`git ls-files: ${firstLine(result.stderr)}`);
  return { bare: false, text: result.stdout.toString('utf8') };
}

/**
 * The listed files whose path `keep` accepts: a tree of 20,000 files holds a few that any rule can match, and an
 * object for each of the others cost the collector more than the matching. Tracked files come first, as git sorts
 * them, then the untracked ones. Read in the same pass: the files a grep of the index does not read from disk,
 * whatever `keep` says (see withFilesOnDisk). With `keys` (one of which every path `keep` accepts holds), a work
 * tree's listing is searched for them at once, and only the entries they occur in are read.
 */
export function treeFilesOf(listing: TreeListing, keep: (path: string) => boolean, keys?: PathKeys): ListedFiles {
  const text = listing.text;
  if (!text) return { files: [], onDisk: [] };
  if (listing.bare) {
    const files = splitZ(text).flatMap((entry) => {
      const tab = entry.indexOf('\t');
      const path = entry.slice(tab + 1);
      if (!keep(path)) return [];
      // "<mode> <type> <id>\t<path>"
      return [{ type: 'path' as const, path, symlink: entry.startsWith('120000'), blob: entry.slice(0, tab).split(' ')[2] }];
    });
    return { files, onDisk: [] };
  }
  const reader = new ListingReader(text, keep);
  const lower = keys && text.toLowerCase();
  // Lower-casing may change a string's length (İ becomes two code units): then its offsets are not the text's.
  if (!keys || !lower || lower.length !== text.length) {
    for (let start = 0; start < text.length;) start = reader.read(start);
    return reader.result();
  }
  // Two searches, read in the listing's order: the keys in the lower-cased paths, and the tags other than H in the
  // text as it is (each untracked entry among them, so a key at the start of its path needs no search of its own).
  const searches = [
    { search: keySearch(keys), text: lower },
    { search: new RegExp(TAGGED_ENTRY), text },
  ].map((side) => ({ ...side, match: side.search.exec(side.text) }));
  let start = TAGGED_FIRST_ENTRY.test(text) ? 0 : -1;
  for (;;) {
    if (start === -1) {
      const at = Math.min(...searches.map((side) => side.match?.index ?? Infinity));
      if (at === Infinity) break;
      // A match starts at the NUL before its entry (the tags), or inside it (the keys, after a tab or a slash).
      start = text[at] === '\0' ? at + 1 : text.lastIndexOf('\0', at) + 1;
    }
    const next = reader.read(start);
    start = -1;
    // Both go on from the entry's NUL: the next entry's tag is matched with the NUL before it.
    for (const side of searches) {
      if (side.match && side.match.index < next - 1) {
        side.search.lastIndex = next - 1;
        side.match = side.search.exec(side.text);
      }
    }
  }
  return reader.result();
}

/** The keys as a search of a lower-cased listing: each as a path segment (or a segment's start), after a tab or a slash. */
function keySearch(keys: PathKeys): RegExp {
  const exact = keys.exact.map(escapeRegex);
  const alternatives = [...(exact.length > 0 ? [`(?:${exact.join('|')})(?:[/\\0]|$)`] : []), ...keys.prefixes.map(escapeRegex)];
  return alternatives.length > 0 ? new RegExp(`[\\t/](?:${alternatives.join('|')})`, 'g') : /(?!)/g;
}

// An entry tagged other than H, found by the NUL before it (a literal first character keeps the search quick).
const TAGGED_ENTRY = /\0[?a-zS] /g;
const TAGGED_FIRST_ENTRY = /^[?a-zS] /;

/** Reads a work tree's listing entry by entry: `<tag> <mode> <id> <stage>\t<path>`, or `? <path>` untracked. */
class ListingReader {
  private readonly files: TreeFile[] = [];
  private readonly untracked: TreeFile[] = [];
  private readonly onDisk: string[] = [];
  private lastPath = '';

  constructor(
    private readonly text: string,
    private readonly keep: (path: string) => boolean,
  ) {}

  /** Reads the entry at `start`; gives where the next one starts. */
  read(start: number): number {
    const text = this.text;
    let end = text.indexOf('\0', start);
    if (end === -1) end = text.length;
    const tag = text.charCodeAt(start);
    const entry = start + 2;
    if (tag === UNTRACKED) {
      const path = text.slice(entry, end);
      // An untracked folder (a repository of its own) is listed with a slash; git grep --untracked skips it too.
      if (!path.endsWith('/')) this.onDisk.push(path);
      if (this.keep(path)) this.untracked.push({ type: 'path', path, symlink: false });
      return end + 1;
    }
    const tab = text.indexOf('\t', entry);
    const path = tab === -1 || tab > end ? text.slice(entry, end) : text.slice(tab + 1, end);
    // A conflicted file appears once per stage.
    if (path === this.lastPath) return end + 1;
    this.lastPath = path;
    if (tag === SKIP_WORKTREE || tag >= LOWER_A) this.onDisk.push(path);
    if (!this.keep(path)) return end + 1;
    const symlink = text.startsWith('120000', entry);
    // "<mode> " is always 7 characters; the id runs to the next space.
    const blob = tab === -1 || tab > end ? undefined : text.slice(entry + 7, text.indexOf(' ', entry + 7));
    this.files.push({ type: 'path', path, symlink, blob });
    return end + 1;
  }

  result(): ListedFiles {
    return { files: this.files.concat(this.untracked), onDisk: this.onDisk };
  }
}

export interface ListedFiles {
  files: TreeFile[];
  /** The files a grep of the index does not read from disk. */
  onDisk: string[];
}

// ls-files -v puts a letter and a space before each entry: `?` an untracked file; S, or a lower-case letter, a
// tracked file git takes as unchanged (skip-worktree, assume-unchanged), whose index copy its grep reads instead.
const UNTRACKED = '?'.charCodeAt(0);
const SKIP_WORKTREE = 'S'.charCodeAt(0);
const LOWER_A = 'a'.charCodeAt(0);

/**
 * One git grep of the tracked files in the work tree, or of HEAD when bare, for the lines that hold a keyword
 * (ASCII case folded) or a UTF-8 character past ASCII amid text: NFKC turns full-width and other letters into ASCII
 * and invisible characters are dropped before matching (detect/normalize-text.ts), so such a line may spell a
 * keyword that no literal search finds; detect normalises it and decides. One Perl-compatible expression keeps it
 * to one pass (byte semantics: git runs under LC_ALL=C); a git built without PCRE gets two literal/POSIX greps.
 * -a: a file with a NUL byte or a `-diff`/`binary` attribute is searched like any other (git would print only
 * "Binary file … matches", or skip it under -I); no textconv driver the repository names is run.
 * The index is what lists a work tree's files, not --untracked: that walk skips a tracked file that an ignore
 * pattern matches, and greps nothing until it has walked every folder. withFilesOnDisk adds the rest.
 */
export async function grepKeywords(repo: TreePlace, keywords: string[], options: GrepOptions = {}): Promise<GrepHit[]> {
  if (keywords.length === 0 || (repo.bare && !repo.hasHead)) return [];
  const where = options.where ?? (repo.bare ? ['HEAD'] : []);
  const grep = async (how: string[]) => {
    const records = new GrepRecords(repo.bare ? 'HEAD:' : '', options.keep);
    const args = ['grep', `--threads=${GREP_THREADS}`, '-z', '-n', '-a', '--no-color', '--no-textconv', ...how, ...where, '--'];
    args.push(...(options.paths ?? []));
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

/**
 * A work tree's lines with a keyword: those of the tracked files' grep (begun before the listing, so that it starts
 * first) and those of the files only on disk (treeFilesOf), in the order one grep gives.
 */
export async function withFilesOnDisk(
  repo: TreePlace,
  keywords: string[],
  tracked: Promise<GrepHit[]>,
  onDisk: readonly string[],
  options: GrepOptions = {},
): Promise<GrepHit[]> {
  tracked.catch(() => undefined);
  if (repo.bare || keywords.length === 0 || onDisk.length === 0) return tracked;
  const hits: GrepHit[] = [];
  if (onDisk.length > NAMED_FILES_AT_MOST) {
    // git walks the folders of every batch and matches each entry against every name in it: 20,000 untracked
    // files in one folder took 2.4 s so. One grep of the whole work tree as it is on disk costs a tree's grep.
    const wanted = new Set(onDisk);
    const all = await grepKeywords(repo, keywords, { ...options, where: ['--untracked'] });
    hits.push(...all.filter((hit) => wanted.has(hit.path)));
  } else {
    // --no-index: each named file as it is on disk, whatever the index says; the names literal, as many greps as
    // the command line's length allows.
    for (const batch of batches(onDisk.map((path) => `:(literal)${path}`), PATHSPEC_CHARACTERS)) {
      hits.push(...(await grepKeywords(repo, keywords, { ...options, where: ['--no-index'], paths: batch })));
    }
  }
  return hits.length === 0 ? tracked : inGrepOrder([...(await tracked), ...hits]);
}

// Up to this many files only on disk are named to git; past it, the work tree is grepped whole.
const NAMED_FILES_AT_MOST = 256;

// One worker more than git's default (a core each): git's own thread hands out the files and prints, and with a
// worker per core the workers waited on each other. On 2 cores the bench's 20,000-file tree greps in 94 ms instead of
// 126 (CPU 170 ms instead of 217), git's own sources in 118 instead of 131.
const GREP_THREADS = availableParallelism() + 1;

// Well inside Windows' 32,767 characters of command line, with git's own arguments beside them.
const PATHSPEC_CHARACTERS = 24_000;

/** The items in order, in runs whose lengths add up to at most `limit` (an item longer than that runs alone). */
function batches(items: readonly string[], limit: number): string[][] {
  const runs: string[][] = [];
  let length = Infinity;
  for (const item of items) {
    if (length + item.length + 1 > limit) {
      runs.push([]);
      length = 0;
    }
    runs[runs.length - 1]!.push(item);
    length += item.length + 1;
  }
  return runs;
}

export interface GrepOptions {
  signal?: AbortSignal;
  /** What to grep: the work tree's tracked files, or HEAD when bare; --cached for the index, --no-index for files on disk. */
  where?: string[];
  /** Pathspecs: what of it to grep (everything by default). */
  paths?: string[];
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
