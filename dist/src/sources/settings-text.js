import { BlobBatch } from '../git/blob-batch.js';
/** The settings subjects a list of subjects calls for: the text of each path the detector wants, where the scan looks. */
export async function settingsSubjectsFor(subjects, wants, read) {
    const settings = [];
    for (const subject of subjects) {
        if (!wantsText(subject, wants) || subject.type !== 'path')
            continue;
        const text = await read(subject.path, subject.commit);
        if (text !== undefined)
            settings.push({ type: 'settings', path: subject.path, text, commit: subject.commit });
    }
    return settings;
}
/**
 * A stream of subject batches, each settings subject right after the path it reads: where git's output happens
 * to be cut into batches must not move findings around in the report.
 */
export async function* withSettingsText(batches, wants, read) {
    for await (const batch of batches) {
        const list = Array.isArray(batch) ? batch : [batch];
        if (!list.some((subject) => wantsText(subject, wants))) {
            yield batch;
            continue;
        }
        const withText = [];
        for (const subject of list) {
            withText.push(subject);
            if (wantsText(subject, wants))
                withText.push(...(await settingsSubjectsFor([subject], wants, read)));
        }
        yield withText;
    }
}
// A symlink's blob is its target's name, not settings.
function wantsText(subject, wants) {
    return subject.type === 'path' && !subject.symlink && wants(subject.path);
}
/**
 * Reads settings files where the scan looks: the work tree (HEAD in a bare repository), the index (`:path`),
 * or each commit (`<commit>:<path>`), all through one lazily started `git cat-file --batch`.
 */
export function settingsTextReader(repo, source) {
    const batch = new BlobBatch(repo.cwd);
    const read = async (path, commit) => {
        if (source === 'tree' && !repo.bare) {
            const { readFile } = await import('node:fs/promises');
            return readFile(`${repo.root}/${path}`, 'utf8').catch(() => undefined);
        }
        const name = source === 'index' ? `:${path}` : source === 'commits' && commit ? `${commit.id}:${path}` : `HEAD:${path}`;
        const blob = await batch.read(name);
        return blob?.toString('utf8');
    };
    return { read, close: () => batch.close() };
}
