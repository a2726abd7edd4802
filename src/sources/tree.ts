import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import { listTree, treeFilesOf, type TreeListing, type TreePlace } from '../git/tree-listing.js';
import { grepKeywords, withFilesOnDisk, declaresWorktreeEncoding, grepIndexKeywords } from '../git/tree-files.js';
import type { GrepHit, GrepOptions } from '../git/tree-files.js';
import { settingsOfList, type Source } from './source.js';
import { withoutRepeatedLines } from '../git/grep-records.js';
import { ASCII_FOLDS_SOURCE } from '../util/ascii-folds.js';
import { lookalikesAsAscii } from '../util/lookalikes.js';

export interface TreeOptions {
  content: boolean;
  /** The words git grep starts looking for at once (the built-in rules'); read() greps again if detect needs others. */
  expectedKeywords?: readonly string[];
}

/** The git processes of one tree, started together: its listing and its grep of the tracked files for the expected words. */
interface TreeGit {
  abort: AbortController;
  listing: Promise<TreeListing>;
  tracked?: Promise<GrepHit[]>;
  /** Stops that grep alone: a config's rules may want other words. */
  stopTracked: () => void;
  expected: readonly string[];
  settled: Promise<unknown>;
}

/**
 * The tree: every tracked and untracked-not-ignored path (HEAD's tree in a bare repository), the settings files'
 * text, and the lines that hold a content keyword. git starts when the source is made; paths are matched while
 * git grep still reads.
 */
export function treeSource(repo: Repository, options: TreeOptions): Source {
  const git = startTreeGit(repo, options);
  return sourceOver(options.content, Promise.resolve(repo), Promise.resolve(git), () => git.abort.abort());
}

/**
 * The tree of the repository that holds startDir. When startDir looks like a work tree's top level (a .git there,
 * no GIT_DIR or GIT_WORK_TREE), git starts there before the repository probe answers; that listing is kept only if
 * the probe names startDir as the top level of a work tree, else it is stopped and git starts where the probe says.
 */
export function treeSourceAt(startDir: string, repository: Promise<Repository>, options: TreeOptions): Source {
  const top = topLevelGuess(startDir);
  const guess = top === undefined ? undefined : startTreeGit({ cwd: top, bare: false, hasHead: true }, options);
  // Made now, so that a stop before the probe answers also stops the git that would start after it.
  const correction = new AbortController();
  const started = repository.then((repo) => {
    if (guess && !repo.bare && repo.root === top) return guess;
    guess?.abort.abort();
    return startTreeGit(repo, options, correction);
  });
  started.catch(() => guess?.abort.abort());
  const stop = () => {
    guess?.abort.abort();
    correction.abort();
  };
  return sourceOver(options.content, repository, started, stop);
}

/** startDir's real path when a .git entry there makes it the top level git would find; undefined when unsure. */
function topLevelGuess(startDir: string): string | undefined {
  if (process.env.GIT_DIR !== undefined || process.env.GIT_WORK_TREE !== undefined) return undefined;
  try {
    return existsSync(join(startDir, '.git')) ? realpathSync.native(startDir) : undefined;
  } catch {
    return undefined;
  }
}

function startTreeGit(place: TreePlace, options: TreeOptions, abort = new AbortController()): TreeGit {
  const expected = options.content ? [...(options.expectedKeywords ?? [])] : [];
  const trackedAbort = new AbortController();
  abort.signal.addEventListener('abort', () => trackedAbort.abort(), { once: true });
  // The grep first: it runs longest, and each spawn before it would delay it by a few milliseconds.
  const tracked = options.expectedKeywords ? grepTracked(place, expected, grepOptions(expected, trackedAbort.signal)) : undefined;
  const listing = listTree(place, abort.signal);
  // Whichever fails first is reported when it is read; neither may count as unhandled meanwhile.
  listing.catch(() => undefined);
  const stopTracked = () => trackedAbort.abort();
  return { abort, listing, tracked, stopTracked, expected, settled: Promise.allSettled([listing, tracked]) };
}

function sourceOver(withContent: boolean, repository: Promise<Repository>, started: Promise<TreeGit>, abort: () => void): Source {
  let finished = false;
  let bare = false;
  // A read may start greps of its own (other words; the files only on disk, once the listing is read).
  let readGreps = 0;
  void repository.then((repo) => (bare = repo.bare)).catch(() => undefined);
  void started.then((git) => git.settled.then(() => (finished = true))).catch(() => undefined);
  return {
    get label() {
      return bare ? 'tree at HEAD' : 'working tree';
    },
    async *read(needs) {
      const [repo, git] = await Promise.all([repository, started]);
      readGreps++;
      // What of this read's git may still run: its grep of the tracked files, then its lines.
      let running: Promise<unknown> | undefined;
      try {
        const wanted = withContent ? [...needs.contentKeywords] : [];
        const expected = git.tracked && wanted.join('\0') === git.expected.join('\0');
        // Other words (a config's content rules): the grep for the built-in ones would only take the cores' time.
        if (!expected) git.stopTracked();
        const options = grepOptions(wanted, git.abort.signal);
        const tracked = expected ? git.tracked! : grepTracked(repo, wanted, options);
        running = tracked;
        // Only the paths a rule may match become subjects, and the attributes files read below.
        const pathKeys = needs.pathKeys;
        const keys = pathKeys && { ...pathKeys, exact: [...pathKeys.exact, '.gitattributes'] };
        const { files, onDisk } = treeFilesOf(await git.listing, (path) => needs.pathWanted(path) || isAttributesFile(path), keys);
        const content = linesOf(withFilesOnDisk(repo, wanted, tracked, onDisk, options));
        running = content;
        const list: Subject[] = files;
        yield list;
        yield await settingsOfList(list, needs, repo, 'tree');
        // A working-tree-encoding attribute keeps work-tree files in an encoding no keyword matches: the index is read too.
        const encoded = withContent ? declaresWorktreeEncoding(repo, attributeFiles(list)) : Promise.resolve(false);
        const lines = await content;
        // The same line found in the work tree and in the index counts once.
        yield (await encoded) ? withoutRepeatedLines([...lines, ...(await linesOf(grepIndexKeywords(repo, wanted, options)))]) : lines;
      } finally {
        // A read given up early may leave its greps running: it counts until they end.
        if (running) void running.finally(() => readGreps--).catch(() => undefined);
        else readGreps--;
      }
    },
    // A finished listing is not stopped: its output may still be read.
    stop: () => (finished && readGreps === 0) || abort(),
  };
}

type ContentLine = Extract<Subject, { type: 'content' }>;

function grepOptions(keywords: readonly string[], signal: AbortSignal): GrepOptions {
  return { signal, keep: mayHoldKeyword(keywords) };
}

/** The grep of the tracked files, started now. */
function grepTracked(repo: TreePlace, keywords: readonly string[], options: GrepOptions): Promise<GrepHit[]> {
  const hits = grepKeywords(repo, [...keywords], options);
  hits.catch(() => undefined);
  return hits;
}

function linesOf(hits: Promise<GrepHit[]>): Promise<ContentLine[]> {
  const lines = hits.then((hits) => hits.map((hit): ContentLine => ({ type: 'content', path: hit.path, line: hit.line, text: hit.text })));
  lines.catch(() => undefined);
  return lines;
}

/**
 * The grep hands over every line with a byte past ASCII (a word may hide in full-width letters). Kept are the lines
 * that hold a word as they are or with their look-alikes read as ASCII, or a character NFKC turns into ASCII or
 * drops, or any non-ASCII character when a word has one: no other line can hold a word once normalised, so the
 * rest of a binary file is not held.
 */
function mayHoldKeyword(keywords: readonly string[]): (text: string) => boolean {
  const words = keywords.map((word) => word.toLowerCase());
  const nonAsciiWord = words.some((word) => NON_ASCII.test(word));
  const folds = new RegExp(ASCII_FOLDS_SOURCE);
  return (text) => {
    const nonAscii = NON_ASCII.test(text);
    if (nonAscii && nonAsciiWord) return true;
    // Look-alikes alone (Cyrillic or Greek prose) are read as ASCII here, so that a line without a word is dropped.
    const read = nonAscii && folds.test(text) ? lookalikesAsAscii(text) : text;
    if (read === undefined) return true;
    const lower = read.toLowerCase();
    return words.some((word) => lower.includes(word));
  };
}

const NON_ASCII = /[^\x00-\x7f]/;

function isAttributesFile(path: string): boolean {
  return path === '.gitattributes' || path.endsWith('/.gitattributes');
}

function attributeFiles(list: readonly Subject[]): string[] {
  return list.flatMap((subject) => (subject.type === 'path' && isAttributesFile(subject.path) ? [subject.path] : []));
}
