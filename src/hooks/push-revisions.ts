// Revision lists (rev-list style) for the commits a push adds, so one git log reads them all, and that read.
import type { Repository } from '../git/repository.js';
import type { Source } from '../sources/source.js';
import type { PushUpdate, ReceiveUpdate } from '../sources/push-updates.js';
import { isZeroId } from '../sources/push-updates.js';
import { existingCommits } from '../git/existing-commits.js';
import { historySource } from '../sources/range.js';

const SAFE_REMOTE_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * pre-push: every pushed commit minus what the remote already has — `remote..local` for an update,
 * `local --not --remotes=<remote>` for a new branch (or a remote tip we do not have); deletions add nothing.
 */
export async function prePushRevisions(cwd: string, remote: string, updates: PushUpdate[]): Promise<string[]> {
  const pushed = updates.filter((update) => !isZeroId(update.localSha));
  const ids = [...new Set(pushed.flatMap((update) => (isZeroId(update.remoteSha) ? [update.localSha] : [update.localSha, update.remoteSha])))];
  const commits = await existingCommits(cwd, ids);
  const positives: string[] = [];
  const negatives: string[] = [];
  let newBranch = false;
  const notCommits: PushUpdate[] = [];
  for (const update of pushed) {
    const local = commits.get(update.localSha);
    // A tag on a tree or blob adds no commit; an id that names nothing at all refuses the push below.
    if (!local) {
      notCommits.push(update);
      continue;
    }
    positives.push(local);
    const remoteTip = isZeroId(update.remoteSha) ? undefined : commits.get(update.remoteSha);
    if (remoteTip) negatives.push(remoteTip);
    else newBranch = true;
  }
  if (notCommits.length > 0) await (await import('./push-trust.js')).refuseUnknownLocalSha(cwd, notCommits);
  if (positives.length === 0) return [];
  // A remote given as a URL has no remote-tracking refs: then every commit of a new branch is checked.
  const remotes = newBranch && SAFE_REMOTE_NAME.test(remote) ? [`--remotes=${remote}`] : [];
  return [...new Set(positives), '--not', ...new Set(negatives), ...remotes];
}

/** pre-receive: the new tips minus everything the server's refs already reach (the refs are not updated yet). */
export async function preReceiveRevisions(cwd: string, updates: ReceiveUpdate[]): Promise<string[]> {
  const tips = updates.filter((update) => !isZeroId(update.newSha)).map((update) => update.newSha);
  const commits = await existingCommits(cwd, [...new Set(tips)]);
  const positives = [...new Set(commits.values())];
  return positives.length === 0 ? [] : [...positives, '--not', '--all'];
}

/** Every commit of the revision list: paths, added lines, messages, identities, and settings files as each commit holds them. */
export function pushedCommitsSources(repo: Repository, revisions: string[]): Source[] {
  return revisions.length > 0 ? [historySource(repo.cwd, { revisions, content: true, label: 'pushed commits' })] : [];
}
