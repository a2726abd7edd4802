import type { Subject } from '../types.js';
import type { Repository } from '../git/repository.js';
import { readStagedChanges } from '../git/staged-changes.js';
import { settingsOfList, type Source } from './source.js';

/**
 * What the index adds against HEAD: added, renamed and modified paths, their added lines, and the staged text of
 * settings files. git diff --cached starts when the source is made (it gives root-relative paths from any folder).
 */
export function stagedSource(cwd: string, repo: Promise<Repository>, options: { content: boolean }): Source {
  const staged = readStagedChanges(cwd, options.content);
  staged.catch(() => undefined);
  return {
    label: 'staged changes',
    async read(needs) {
      const changes = await staged;
      const subjects: Subject[] = changes.paths.map((changed) => ({
        type: 'path',
        path: changed.path,
        symlink: changed.mode === '120000',
        blob: changed.blob,
      }));
      if (changes.diff) subjects.push({ type: 'diff', diff: changes.diff });
      return [...subjects, ...(await settingsOfList(subjects, needs, repo, 'index'))];
    },
    stop: () => undefined,
  };
}
