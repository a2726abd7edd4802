// Settings files as text: after each path the detector asks for (it knows which, the sources do not),
// a settings subject with the file's content from the work tree, the index or the commit.
import type { CommitInfo, Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import { BlobBatch } from '../git/blob-batch.js';

/** Which paths need their text: a predicate detect builds from its settings rules. */
export type WantsText = (path: string) => boolean;
/** blob: the object id of the content, when the source knows it (then the name is not looked up at all). */
export type ReadText = (path: string, commit?: CommitInfo, blob?: string) => Promise<string | undefined>;

/** The settings subjects a list of subjects calls for: the text of each path the detector wants, where the scan looks. */
export async function settingsSubjectsFor(subjects: readonly Subject[], wants: WantsText, read: ReadText): Promise<Subject[]> {
  const settings: Subject[] = [];
  for (const subject of subjects) {
    if (!wantsText(subject, wants) || subject.type !== 'path') continue;
    const text = await read(subject.path, subject.commit, subject.blob);
    if (text !== undefined) settings.push({ type: 'settings', path: subject.path, text, commit: subject.commit });
  }
  return settings;
}

/**
 * A stream of subject batches, each settings subject right after the path it reads: where git's output happens
 * to be cut into batches must not move findings around in the report.
 */
export async function* withSettingsText(
  batches: AsyncIterable<Subject | Subject[]>,
  wants: WantsText,
  read: ReadText,
): AsyncGenerator<Subject | Subject[]> {
  for await (const batch of batches) {
    const list = Array.isArray(batch) ? batch : [batch];
    if (!list.some((subject) => wantsText(subject, wants))) {
      yield batch;
      continue;
    }
    const withText: Subject[] = [];
    for (const subject of list) {
      withText.push(subject);
      if (wantsText(subject, wants)) withText.push(...(await settingsSubjectsFor([subject], wants, read)));
    }
    yield withText;
  }
}

// A symlink's blob is its target's name, not settings.
function wantsText(subject: Subject, wants: WantsText): boolean {
  return subject.type === 'path' && !subject.symlink && wants(subject.path);
}

export type TextSource = 'tree' | 'index' | 'commits';

/**
 * Reads settings files where the scan looks: the work tree (HEAD in a bare repository), the index (`:path`),
 * or each commit (`<commit>:<path>`), all through one lazily started `git cat-file --batch`.
 */
export function settingsTextReader(
  repo: Pick<Repository, 'cwd'> & Partial<Pick<Repository, 'bare' | 'root'>>,
  source: TextSource,
): { read: ReadText; close: () => void } {
  const batch = new BlobBatch(repo.cwd);
  const read: ReadText = async (path, commit, blob) => {
    // By id where git gave one: `<commit>:<path>` cannot name a path with a newline or bytes that are not UTF-8.
    const byId = async () => (blob ? (await batch.read(blob))?.toString('utf8') : undefined);
    if (blob && (source !== 'tree' || repo.bare)) return byId();
    if (source === 'tree' && !repo.bare) {
      const { readFile } = await import('node:fs/promises');
      // A name that is not UTF-8 cannot be opened by its decoded string: then the index's copy is read.
      return readFile(`${repo.root}/${path}`, 'utf8').catch(byId);
    }
    const name = source === 'index' ? `:${path}` : source === 'commits' && commit ? `${commit.id}:${path}` : `HEAD:${path}`;
    return (await batch.read(name))?.toString('utf8');
  };
  return { read, close: () => batch.close() };
}
