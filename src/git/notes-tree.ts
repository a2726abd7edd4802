// A notes ref's commit holds a tree whose paths spell the annotated object's id, split into fan-out folders
// (`ab/cdef…`); each blob is that object's note. Read through one cat-file --batch, a level of folders at a time.
import type { BlobBatch } from './blob-batch.js';
import { splitIdent } from './tag-object.js';

export interface NotesCommit {
  /** Annotated object id → the id of its note's blob. */
  notes: Map<string, string>;
  /** Who wrote the notes commit, and when (the note's own identity and date). */
  committer: string;
  date: string;
}

const HEX = /^[0-9a-f]+$/;

/** The notes a notes commit holds; undefined when the id is missing or not a commit. */
export async function readNotesCommit(batch: BlobBatch, commitId: string): Promise<NotesCommit | undefined> {
  const commit = await batch.object(commitId);
  if (commit?.type !== 'commit') return undefined;
  const headerEnd = commit.content.indexOf('\n\n');
  const headers = commit.content.toString('utf8', 0, headerEnd === -1 ? commit.content.length : headerEnd).split('\n');
  const tree = headers.find((line) => line.startsWith('tree '))?.slice(5) ?? '';
  const { ident, date } = splitIdent(headers.find((line) => line.startsWith('committer '))?.slice(10) ?? '');
  const notes = new Map<string, string>();
  const idBytes = commitId.length / 2;
  let level: { prefix: string; tree: string }[] = [{ prefix: '', tree }];
  while (level.length > 0) {
    // Every folder of a level is asked for at once: cat-file answers in order, without a round trip each.
    const trees = await Promise.all(level.map((entry) => batch.object(entry.tree)));
    const next: { prefix: string; tree: string }[] = [];
    trees.forEach((object, index) => {
      if (object?.type !== 'tree') return;
      for (const entry of treeEntries(object.content, idBytes)) {
        const path = level[index]!.prefix + entry.name;
        if (!HEX.test(entry.name) || path.length > commitId.length) continue; // Not a note: git notes ignores it too.
        if (entry.mode === '40000') next.push({ prefix: path, tree: entry.id });
        else if (path.length === commitId.length) notes.set(path, entry.id);
      }
    });
    level = next;
  }
  return { notes, committer: ident, date };
}

/** A tree object's entries: `<mode> <name>\0<id as raw bytes>` one after another. */
export function* treeEntries(content: Buffer, idBytes: number): Generator<{ mode: string; name: string; id: string }> {
  for (let position = 0; position < content.length;) {
    const space = content.indexOf(32, position);
    const nul = content.indexOf(0, space + 1);
    if (space === -1 || nul === -1 || nul + 1 + idBytes > content.length) return;
    const mode = content.toString('latin1', position, space);
    yield { mode, name: content.toString('utf8', space + 1, nul), id: content.toString('hex', nul + 1, nul + 1 + idBytes) };
    position = nul + 1 + idBytes;
  }
}
