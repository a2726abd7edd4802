// What refs carry beside commits: annotated tags, notes, and replace refs (which would make git show other objects).
import type { Subject } from '../types.js';
import type { Source } from './source.js';
import { listRefs } from '../git/ref-list.js';
import { BlobBatch } from '../git/blob-batch.js';
import { tagSubjects, type TagRef } from './tags.js';
import { noteSubjects, type NotesUpdate } from './notes.js';

/** A ref a push creates or moves: its name on the receiving side, the object it is to name, the one it named. */
export interface RefUpdate {
  ref: string;
  newId: string;
  oldId?: string;
}

const ZERO = /^0+$/;

/**
 * scan --all: every annotated tag (any ref that names a tag object), every note under refs/notes/, and every
 * refs/replace/* ref (read as a ref name, which aiguard's replace-ref rule judges). One git for-each-ref, started
 * now; a cat-file --batch only when there is a tag or a note to read.
 */
export function allRefObjectsSource(cwd: string): Source {
  const refs = listRefs(cwd);
  refs.catch(() => undefined);
  return {
    label: 'history',
    read: async () => {
      const list = await refs;
      const tags = list.filter((entry) => entry.type === 'tag');
      const notes = list
        .filter((entry) => entry.ref.startsWith('refs/notes/') && entry.type === 'commit')
        .map((entry) => ({ ref: entry.ref, newId: entry.id }));
      return refObjectSubjects(cwd, tags, notes, replaceRefs(list.map((entry) => entry.ref)));
    },
    stop: () => undefined,
  };
}

/** A push (pre-push, pre-receive): the tags it sends, the notes it adds, and any replace ref it creates or moves. */
export function pushedRefObjectsSource(cwd: string, updates: readonly RefUpdate[]): Source {
  const pushed = updates.filter((update) => !ZERO.test(update.newId));
  // Branches hold commits (git refuses anything else there): only other refs can carry a tag object.
  const tags = pushed
    .filter((update) => !update.ref.startsWith('refs/heads/') && !update.ref.startsWith('refs/notes/'))
    .map((update) => ({ ref: update.ref, id: update.newId }));
  const notes = pushed
    .filter((update) => update.ref.startsWith('refs/notes/'))
    .map((update) => ({ ref: update.ref, newId: update.newId, oldId: known(update.oldId) }));
  const replace = replaceRefs(pushed.map((update) => update.ref));
  return { label: 'pushed refs', read: () => refObjectSubjects(cwd, tags, notes, replace), stop: () => undefined };
}

// A replace ref is judged by its name, as a branch-kind subject: aiguard/replace-ref matches refs/replace/.
function replaceRefs(refs: readonly string[]): Subject[] {
  return refs.filter((ref) => ref.startsWith('refs/replace/')).map((ref) => ({ type: 'branch', name: ref }));
}

const known = (id: string | undefined): string | undefined => (id && !ZERO.test(id) ? id : undefined);

async function refObjectSubjects(cwd: string, tags: readonly TagRef[], notes: readonly NotesUpdate[], replace: Subject[]) {
  if (tags.length === 0 && notes.length === 0) return replace;
  const batch = new BlobBatch(cwd);
  try {
    const [tagged, noted] = await Promise.all([tagSubjects(batch, tags), noteSubjects(batch, notes)]);
    return [...replace, ...tagged, ...noted];
  } finally {
    batch.close();
  }
}
