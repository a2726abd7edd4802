// What git lists of a tree: ls-tree's entries (bare), or ls-files' tagged entries of a work tree, read into the files
// a reader wants (and the files only on disk, which the tree's greps read apart: see tree-files.ts).
import { runGit, splitZ, firstLine } from './run-git.js';
import type { Repository } from './repository.js';
import { UsageError } from '../errors.js';
import { pathKeysSource } from '../util/path-keys-source.js';
import type { PathKeys } from '../types.js';

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
  if (!text) return { files: [], onDisk: NOTHING_ON_DISK };
  if (listing.bare) {
    const files = splitZ(text).flatMap((entry) => {
      const tab = entry.indexOf('\t');
      const path = entry.slice(tab + 1);
      if (!keep(path)) return [];
      // "<mode> <type> <id>\t<path>"
      return [{ type: 'path' as const, path, symlink: entry.startsWith('120000'), blob: entry.slice(0, tab).split(' ')[2] }];
    });
    return { files, onDisk: NOTHING_ON_DISK };
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
  const source = pathKeysSource(keys, '[\\t/]', '(?:[/\\0]|$)');
  return source === undefined ? /(?!)/g : new RegExp(source, 'g');
}

// An entry tagged other than H, found by the NUL before it (a literal first character keeps the search quick).
const TAGGED_ENTRY = /\0[?a-zS] /g;
const TAGGED_FIRST_ENTRY = /^[?a-zS] /;

/** Reads a work tree's listing entry by entry: `<tag> <mode> <id> <stage>\t<path>`, or `? <path>` untracked. */
class ListingReader {
  private readonly files: TreeFile[] = [];
  private readonly untracked: TreeFile[] = [];
  private readonly onDisk: FilesOnDisk = { untracked: [], unchanged: [] };
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
      if (!path.endsWith('/')) this.onDisk.untracked.push(path);
      if (this.keep(path)) this.untracked.push({ type: 'path', path, symlink: false });
      return end + 1;
    }
    const tab = text.indexOf('\t', entry);
    const path = tab === -1 || tab > end ? text.slice(entry, end) : text.slice(tab + 1, end);
    // A conflicted file appears once per stage.
    if (path === this.lastPath) return end + 1;
    this.lastPath = path;
    if (tag === SKIP_WORKTREE || tag >= LOWER_A) this.onDisk.unchanged.push(path);
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
  onDisk: FilesOnDisk;
}

export interface FilesOnDisk {
  untracked: string[];
  /** Tracked, and taken as unchanged (assume-unchanged, skip-worktree): the index grep reads their index copy. */
  unchanged: string[];
}

const NOTHING_ON_DISK: FilesOnDisk = { untracked: [], unchanged: [] };

// ls-files -v puts a letter and a space before each entry: `?` an untracked file; S, or a lower-case letter, a
// tracked file git takes as unchanged (skip-worktree, assume-unchanged), whose index copy its grep reads instead.
const UNTRACKED = '?'.charCodeAt(0);
const SKIP_WORKTREE = 'S'.charCodeAt(0);
const LOWER_A = 'a'.charCodeAt(0);
