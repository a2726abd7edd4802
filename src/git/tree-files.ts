// The tree's greps: the tracked files through the index (or HEAD's tree), and the files only on disk apart.
import { availableParallelism } from 'node:os';
import { runGit, firstLine, type GitResult } from './run-git.js';
import type { Repository } from './repository.js';
import { UsageError } from '../errors.js';
import type { FilesOnDisk, TreePlace } from './tree-listing.js';
import { GrepRecords, withoutRepeatedLines, type GrepHit } from './grep-records.js';

export type { GrepHit };

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
  onDisk: FilesOnDisk,
  options: GrepOptions = {},
): Promise<GrepHit[]> {
  tracked.catch(() => undefined);
  const { untracked, unchanged } = onDisk;
  if (repo.bare || keywords.length === 0 || untracked.length + unchanged.length === 0) return tracked;
  const hits: GrepHit[] = [];
  // Named to git, each as it is on disk; past so many untracked files those are read by one grep of the work tree.
  const whole = untracked.length > NAMED_FILES_AT_MOST;
  if (whole) {
    // git walks the folders of every batch and matches each entry against every name in it: 20,000 untracked
    // files in one folder took 2.4 s so. One grep of the whole work tree as it is on disk costs a tree's grep; it
    // skips ignored files, so the files taken as unchanged (ignored or not) are still named.
    const wanted = new Set(untracked);
    const all = await grepKeywords(repo, keywords, { ...options, where: ['--untracked'] });
    hits.push(...all.filter((hit) => wanted.has(hit.path)));
  }
  // --no-index: each named file as it is on disk, whatever the index says; the names literal, as many greps as
  // the command line's length allows.
  const named = whole ? unchanged : [...untracked, ...unchanged];
  for (const batch of batches(named.map((path) => `:(literal)${path}`), PATHSPEC_CHARACTERS)) {
    hits.push(...(await grepKeywords(repo, keywords, { ...options, where: ['--no-index'], paths: batch })));
  }
  return hits.length === 0 ? tracked : inGrepOrder([...(await tracked), ...hits]);
}

// Up to this many untracked files are named to git; past it, they are read by a grep of the whole work tree.
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
