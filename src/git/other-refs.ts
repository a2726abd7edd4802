import { runGit, firstLine } from './run-git.js';
import type { Repository } from './repository.js';
import { UsageError } from '../errors.js';

/**
 * The commits the branches, remote-tracking branches and tags point at (tags peeled), leaving out every ref that
 * names `branch` (refs/heads/B, refs/remotes/R/B, symbolic refs to them) and every ref already at `head`.
 * Replace refs and other namespaces are not history anyone pushed as a branch: they are not counted.
 */
export async function otherRefCommits(repo: Repository, branch: string, head: string): Promise<string[]> {
  const format = '%(objecttype) %(objectname) %(*objecttype) %(*objectname) %(refname) %(symref)';
  const result = await runGit(['for-each-ref', `--format=${format}`, 'refs/heads/', 'refs/remotes/', 'refs/tags/'], repo.cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const namesBranch = (ref: string) =>
    ref === `refs/heads/${branch}` || (ref.startsWith('refs/remotes/') && ref.split('/').slice(3).join('/') === branch);
  const commits = new Set<string>();
  // Ref names cannot hold spaces or newlines (git check-ref-format), so the fields split safely.
  for (const line of result.stdout.toString('utf8').split('\n')) {
    const [type, object, peeledType, peeled, ref, symref] = line.split(' ');
    if (!object || !ref || namesBranch(ref) || (symref && namesBranch(symref))) continue;
    const commit = peeledType ? (peeledType === 'commit' ? peeled : undefined) : type === 'commit' ? object : undefined;
    if (commit && commit !== head) commits.add(commit);
  }
  return [...commits];
}

/** How many commits the revisions list (`git rev-list --count`). */
export async function countCommits(repo: Repository, revisions: string[]): Promise<number> {
  const result = await runGit(['rev-list', '--count', '--end-of-options', ...revisions, '--'], repo.cwd);
  if (result.code !== 0) throw new UsageError(`git rev-list --count: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  return Number.parseInt(result.stdout.toString('utf8').trim(), 10);
}
