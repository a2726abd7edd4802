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
}

/** Every branch and tag tip and the branch HEAD names, from one `git for-each-ref` (%(HEAD) marks HEAD's branch). */
export async function refState(cwd: string): Promise<RefState> {
  const format = '%(HEAD)%00%(refname)%00%(refname:short)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)';
  const result = await runGit(['for-each-ref', `--format=${format}`, 'refs/heads', 'refs/tags'], cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const state: RefState = { tips: [] };
  for (const line of result.stdout.toString('utf8').split('\n')) {
    if (!line) continue;
    const [mark, ref, short, type, id, peeledType, peeledId] = line.split('\0');
    if (type === 'commit' && ref && id) state.tips.push({ ref, commit: id });
    else if (peeledType === 'commit' && ref && peeledId) state.tips.push({ ref, commit: peeledId });
    if (mark === '*' && type === 'commit' && short && id && ref?.startsWith('refs/heads/')) state.head = { branch: short, commit: id };
  }
  return state;
}
