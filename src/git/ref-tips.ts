import { runGit, firstLine } from './run-git.js';
import { UsageError } from '../errors.js';

export interface RefTip {
  ref: string;
  /** The commit the ref points at (an annotated tag peeled); refs to trees or blobs are left out. */
  commit: string;
}

export interface RefState {
  tips: RefTip[];
  /** The branch HEAD names and its commit; undefined when HEAD is detached, unborn or on a ref that is not a commit. */
  head?: { branch: string; commit: string };
  /** Every other ref (notes, replace refs, tags kept elsewhere) and the object it names: scan --all reads them too. */
  others: { ref: string; id: string }[];
}

/**
 * Every branch and tag tip, the branch HEAD names and every other ref, from one `git for-each-ref` (%(HEAD) marks
 * HEAD's branch): a new note or replace ref changes the state as a new commit does.
 */
export async function refState(cwd: string): Promise<RefState> {
  const format = '%(HEAD)%00%(refname)%00%(refname:short)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)';
  const result = await runGit(['for-each-ref', `--format=${format}`], cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const state: RefState = { tips: [], others: [] };
  for (const line of result.stdout.toString('utf8').split('\n')) {
    if (!line) continue;
    const [mark, ref, short, type, id, peeledType, peeledId] = line.split('\0');
    if (!ref?.startsWith('refs/heads/') && !ref?.startsWith('refs/tags/')) {
      if (ref && id) state.others.push({ ref, id });
    } else if (type === 'commit' && ref && id) state.tips.push({ ref, commit: id });
    else if (peeledType === 'commit' && ref && peeledId) state.tips.push({ ref, commit: peeledId });
    if (mark === '*' && type === 'commit' && short && id && ref?.startsWith('refs/heads/')) state.head = { branch: short, commit: id };
  }
  return state;
}
