// pre-push: exactly the commits new to the remote, read from git's update lines on stdin.
import { openRepository, resolveCommit, type Repository } from '../git/repository.js';
import { parsePrePushInput, readStdin, type PushUpdate } from '../sources/push-updates.js';
import { prePushRevisions, pushedCommitsSources, pushedRefs } from './push-revisions.js';
import { decide, loadLocalEngine, type HookContext } from './hook-context.js';

export async function prePushHook(context: HookContext): Promise<number> {
  const repo = await openRepository('.');
  const [engine, input] = await Promise.all([loadLocalEngine(context, repo), readStdin()]);
  const { remote, updates } = await pushTarget(context, repo, parsePrePushInput(input));
  const revisions = await prePushRevisions(repo.cwd, remote, updates);
  const sources = pushedCommitsSources(repo, revisions, pushedRefs(updates));
  return decide({ context, engine, sources, gate: true, repoDir: repo.root ?? repo.cwd });
}

const ZERO = '0'.repeat(40);

/**
 * git gives the remote as $1 and the updates on stdin. The pre-commit framework reads stdin itself and passes
 * the first update as PRE_COMMIT_FROM_REF/TO_REF (or only PRE_COMMIT_LOCAL_BRANCH when the branch is new to the remote).
 */
async function pushTarget(
  context: HookContext,
  repo: Repository,
  updates: PushUpdate[],
): Promise<{ remote: string; updates: PushUpdate[] }> {
  const env = context.env;
  const remote = context.args[0] ?? env.PRE_COMMIT_REMOTE_NAME ?? '';
  if (updates.length > 0 || !env.PRE_COMMIT_REMOTE_NAME) return { remote, updates };
  const remoteRef = env.PRE_COMMIT_REMOTE_BRANCH ?? '';
  const to = env.PRE_COMMIT_TO_REF;
  const from = env.PRE_COMMIT_FROM_REF;
  const localRef = env.PRE_COMMIT_LOCAL_BRANCH || 'HEAD';
  if (to && from) return { remote, updates: parsePrePushInput(`${localRef} ${to} ${remoteRef || 'HEAD'} ${from}\n`) };
  // The whole branch, root commit included, is new to the remote.
  if (env.PRE_COMMIT_LOCAL_BRANCH)
    return { remote, updates: [{ localRef, localSha: await resolveCommit(repo, localRef), remoteRef, remoteSha: ZERO }] };
  return { remote, updates: [] };
}
