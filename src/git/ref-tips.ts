import { runGit, firstLine } from './run-git.js';
import { UsageError } from '../errors.js';

export interface RefTip {
  ref: string;
  /** The commit the ref points at (an annotated tag peeled); refs to trees or blobs are left out. */
  commit: string;
}

/** The tips of every branch and tag, from one `git for-each-ref`: what an incremental audit remembers. */
export async function branchAndTagTips(cwd: string): Promise<RefTip[]> {
  const format = '%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)';
  const result = await runGit(['for-each-ref', `--format=${format}`, 'refs/heads', 'refs/tags'], cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const tips: RefTip[] = [];
  for (const line of result.stdout.toString('utf8').split('\n')) {
    if (!line) continue;
    const [ref, type, id, peeledType, peeledId] = line.split('\0');
    if (type === 'commit' && ref && id) tips.push({ ref, commit: id });
    else if (peeledType === 'commit' && ref && peeledId) tips.push({ ref, commit: peeledId });
  }
  return tips;
}

/** The branch HEAD names (`main`), undefined when HEAD is detached. */
export async function headBranch(cwd: string): Promise<string | undefined> {
  const result = await runGit(['symbolic-ref', '-q', '--short', 'HEAD'], cwd);
  return result.code === 0 ? result.stdout.toString('utf8').trim() || undefined : undefined;
}
