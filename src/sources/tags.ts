// Annotated tags: a tag object carries a message and a tagger of its own, which git log never shows.
import type { Subject } from '../types.js';
import type { BlobBatch } from '../git/blob-batch.js';
import { parseTagObject } from '../git/tag-object.js';

export interface TagRef {
  /** The ref that names the tag (refs/tags/v1.0, or any other ref that points at a tag object). */
  ref: string;
  /** The tag object's id. */
  id: string;
}

// A tag of a tag of a tag…: followed this far, then the rest is read as unreadable.
const MAX_NESTING = 10;

/** Each tag's message and tagger as subjects; a tag that names another tag is followed, so no inner message hides. */
export async function tagSubjects(batch: BlobBatch, tags: readonly TagRef[]): Promise<Subject[]> {
  const subjects: Subject[] = [];
  const seen = new Set<string>();
  let level = tags.filter((tag) => !seen.has(tag.id) && seen.add(tag.id));
  for (let depth = 0; level.length > 0 && depth < MAX_NESTING; depth++) {
    // cat-file answers in order: a whole level is asked for at once.
    const objects = await Promise.all(level.map((tag) => batch.object(tag.id)));
    const next: TagRef[] = [];
    objects.forEach((object, index) => {
      if (object?.type !== 'tag') return;
      const tag = parseTagObject(object.content);
      const where = `tag ${tag.name || level[index]!.ref.replace(/^refs\/tags\//, '')}`;
      const id = level[index]!.id;
      subjects.push({ type: 'message', text: tag.message, field: where, object: id });
      if (tag.tagger) subjects.push({ type: 'identity', role: 'committer', value: tag.tagger, field: `tagger of ${where}`, object: id });
      if (tag.type === 'tag' && !seen.has(tag.object)) {
        seen.add(tag.object);
        next.push({ ref: level[index]!.ref, id: tag.object });
      }
    });
    level = next;
  }
  return subjects;
}
