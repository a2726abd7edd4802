// git notes: text attached to a commit under refs/notes/*, shown by git log only when asked, never by default.
import type { Subject } from '../types.js';
import type { BlobBatch } from '../git/blob-batch.js';
import { readNotesCommit } from '../git/notes-tree.js';
import { decodeText } from '../git/decode.js';

export interface NotesUpdate {
  /** refs/notes/commits, refs/notes/review… */
  ref: string;
  /** The notes commit the ref names now (or is pushed to name). */
  newId: string;
  /** The notes commit it named before: notes it already held are not read again. */
  oldId?: string;
}

/** Every note a notes ref holds (or a push adds to it), as a message subject that names the object it is attached to. */
export async function noteSubjects(batch: BlobBatch, updates: readonly NotesUpdate[]): Promise<Subject[]> {
  const subjects: Subject[] = [];
  for (const update of updates) {
    const before = update.oldId ? readNotesCommit(batch, update.oldId) : undefined;
    const now = await readNotesCommit(batch, update.newId);
    const old = await before;
    if (!now) continue;
    const added = [...now.notes].filter(([object, blob]) => old?.notes.get(object) !== blob);
    const blobs = await Promise.all(added.map(([, blob]) => batch.read(blob)));
    const name = update.ref.replace(/^refs\/notes\//, '');
    added.forEach(([object, id], index) => {
      const blob = blobs[index];
      const field = `note (${name}) on ${object.slice(0, 12)}`;
      if (blob) subjects.push({ type: 'message', text: decodeText(blob, ''), field, object: `${id}@${object}` });
    });
  }
  return subjects;
}
