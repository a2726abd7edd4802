import type { Repository } from './repository.js';
import { runGit } from './run-git.js';

/**
 * Which of these commits have no parent: a fix that rewrites history from `<commit>^` must say `--root` for them.
 * One git call, made only when a report names commits; an unknown id (a shallow or pruned clone) is no root.
 */
export async function rootCommitsOf(repo: Pick<Repository, 'cwd'>, commits: Iterable<string | undefined>): Promise<Set<string>> {
  const ids = [...new Set([...commits].filter((id): id is string => id !== undefined && /^[0-9a-f]{40,64}$/.test(id)))];
  if (ids.length === 0) return new Set();
  const args = ['rev-list', '--ignore-missing', '--no-walk=unsorted', '--max-parents=0', '--stdin'];
  const result = await runGit(args, repo.cwd, `${ids.join('\n')}\n`);
  if (result.code !== 0) return new Set();
  return new Set(result.stdout.toString('utf8').split('\n').filter(Boolean));
}
