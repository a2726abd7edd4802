// Revision lists (rev-list style) for the commits a push adds, so one git log reads them all, and that read.
import type { Repository } from '../git/repository.js';
import type { Source } from '../sources/source.js';
import type { PushUpdate, ReceiveUpdate } from '../sources/push-updates.js';
import { isZeroId } from '../sources/push-updates.js';
import { existingCommits } from '../git/existing-commits.js';
import { historySource } from '../sources/range.js';
import type { RefUpdate } from '../sources/ref-objects.js';

const SAFE_REMOTE_NAME = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * pre-push: every pushed commit minus what the remote already has — `remote..local` for an update,
 * `local --not --remotes=<remote>` for a new branch (or a remote tip we do not have); deletions add nothing.
 */
export async function prePushRevisions(cwd: string, remote: string, updates: PushUpdate[]): Promise<string[]> {
  const pushed = updates.filter((update) => !isZeroId(update.localSha));
  const ids = [
    ...new Set(pushed.flatMap((update) => (isZeroId(update.remoteSha) ? [update.localSha] : [update.localSha, update.remoteSha]))),
  ];
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

/**
 * Every commit of the revision list (paths, added lines, messages, identities, and settings files as each commit
 * holds them), then the annotated tags, notes and replace refs the push sends.
 */
export function pushedCommitsSources(repo: Repository, revisions: string[], refs: readonly RefUpdate[] = []): Source[] {
  const commits = revisions.length > 0 ? [historySource(repo.cwd, { revisions, content: true, label: 'pushed commits' })] : [];
  if (!refs.some(carriesObjects)) return commits;
  // Loaded only for a push that sends a tag, notes or another non-branch ref.
  const source: Source = {
    label: 'pushed refs',
    read: async (needs) => (await import('../sources/ref-objects.js')).pushedRefObjectsSource(repo.cwd, refs).read(needs),
    stop: () => undefined,
  };
  return [...commits, source];
}

// A branch update carries nothing but commits: the common push loads no tag or notes code and starts no cat-file.
function carriesObjects(update: RefUpdate): boolean {
  return !update.ref.startsWith('refs/heads/') && !isZeroId(update.newId);
}

/** pre-push's updates as the refs they set on the remote. */
export function pushedRefs(updates: readonly PushUpdate[]): RefUpdate[] {
  return updates.map((update) => ({ ref: update.remoteRef, newId: update.localSha, oldId: update.remoteSha }));
}

/** pre-receive's updates as the refs they set here. */
export function receivedRefs(updates: readonly ReceiveUpdate[]): RefUpdate[] {
  return updates.map((update) => ({ ref: update.ref, newId: update.newSha, oldId: update.oldSha }));
}
