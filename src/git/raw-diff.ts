import { combinedToUnified } from './combined-diff.js';

// Parsers for `--name-status -z` and `--raw -z -p` output, shared by history and the index.

export interface ChangedPath {
  /** A, M, D, R, C, T… (the first letter of git's status). */
  status: string;
  path: string;
  /** The new mode, when git printed it (120000 is a symlink, 160000 a submodule). */
  mode?: string;
  /** The new side's object id (`--raw --no-abbrev`): content is read by id, whatever bytes the name holds. */
  blob?: string;
}

export function parseNameStatus(text: string): ChangedPath[] {
  // Slicing past git's leading newline (a NUL before a merge's combined entries) copies less than a regex replace.
  const fields = (text.charCodeAt(0) === 10 || text.charCodeAt(0) === 0 ? text.slice(1) : text).split('\0');
  const paths: ChangedPath[] = [];
  for (let i = 0; i < fields.length;) {
    const status = fields[i] ?? '';
    if (status === '') break;
    const letter = status.charAt(0);
    // Renames and copies carry the old path first, then the new one.
    const path = letter === 'R' || letter === 'C' ? fields[i + 2] : fields[i + 1];
    paths.push({ status: letter, path: path ?? '' });
    i += letter === 'R' || letter === 'C' ? 3 : 2;
  }
  return paths;
}

export function parseRawAndPatch(text: string): { paths: ChangedPath[]; diff: string } {
  const paths: ChangedPath[] = [];
  // git starts the changes with a newline, or with a NUL before a merge's combined (--cc) entries.
  let position = text.charCodeAt(0) === 10 || text.charCodeAt(0) === 0 ? 1 : 0;
  let combined = false;
  while (text.charCodeAt(position) === 58 /* ':' */) {
    const metaEnd = text.indexOf('\0', position);
    if (metaEnd === -1) break;
    // One colon a parent: `::<mode> <mode> <mode> <id> <id> <id> MM` for a two-parent merge under --cc.
    let parents = 1;
    while (text.charCodeAt(position + parents) === 58) parents++;
    const meta = text.slice(position + parents, metaEnd).split(' ');
    const letters = meta[2 * parents + 2] ?? '';
    // A merge deletes a path only when it is gone against every parent.
    const status = parents > 1 ? (/^D+$/.test(letters) ? 'D' : 'A') : letters.charAt(0);
    combined ||= parents > 1;
    const pathCount = status === 'R' || status === 'C' ? 2 : 1;
    let end = metaEnd;
    let path = '';
    for (let i = 0; i < pathCount; i++) {
      const next = text.indexOf('\0', end + 1);
      if (next === -1) return { paths, diff: '' };
      path = text.slice(end + 1, next);
      end = next;
    }
    paths.push({ status, path, mode: meta[parents], blob: meta[2 * parents + 1] });
    position = end + 1;
  }
  if (text.charCodeAt(position) === 0) position++;
  const diff = text.slice(position);
  return { paths, diff: combined ? combinedToUnified(diff) : diff };
}
