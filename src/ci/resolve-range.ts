import { commitId, type Repository } from '../git/repository.js';
import { fetchFromRemote, hasCommit, rangeCrossesBoundary, remoteDefaultBranch, shallowBoundary } from '../git/history-depth.js';
import { countCommits, otherRefCommits } from '../git/other-refs.js';
import { UsageError } from '../errors.js';
import type { CiTarget } from './ci-target.js';

export interface ResolvedRange {
  /** Revision arguments for streamCommits: head and the exclusion of the base. */
  revisions: string[];
  head: string;
  /** The trusted revision the policy is read from; undefined for a repository's first push, or when none is left. */
  base?: string;
  /** What the range starts from, in words, when it is not a base commit (`the root`, `no other ref`). */
  from?: string;
  /** One line for stderr about how the range was chosen, when it was not the CI's own base. */
  note?: string;
}

/** Makes sure the clone holds every commit between base and head, fetching what is missing; fails closed otherwise. */
export async function resolveRange(repo: Repository, target: CiTarget, remote: string): Promise<ResolvedRange> {
  const fetched = new Fetcher(repo, remote, target);
  const headRev = target.head ?? 'HEAD';
  // Both ends in parallel: most runs have them and need no fetch at all.
  let [head, base] = await Promise.all([commitId(repo, headRev), target.base === undefined ? undefined : commitId(repo, target.base)]);
  head ??= await fetched.bring([headRev, ...(target.headRef ? [target.headRef] : [])], `head commit ${headRev}`);
  // `--base main` in a checkout of another branch: main exists as the remote's branch only.
  const baseIsBranchName = target.base !== undefined && !/^[0-9a-f]{4,64}$/i.test(target.base);
  if (target.base !== undefined && base === undefined && !baseIsBranchName) {
    try {
      base = await fetched.bring([target.base], `base commit ${target.base}`);
    } catch (error) {
      // A force push's old tip may be gone for good: then the commits not on the target branch.
      if (!target.baseBranch) throw error;
    }
  }
  if (base === undefined && !target.fromRoot) {
    const named = (baseIsBranchName ? target.base : undefined) ?? target.baseBranch ?? target.defaultBranch;
    const branch = named ?? (await remoteDefaultBranch(repo, remote));
    if (!branch) throw new UsageError(`aiguard ci: cannot tell what the change starts from (no target or default branch): pass --base REV`);
    // A forced push to the branch itself whose old tip is gone: comparing with the branch would scan nothing.
    const oldTipGone = target.base !== undefined && !baseIsBranchName;
    if (oldTipGone && branch === target.branch) {
      return deepenedRange(repo, fetched, target, await notOnOtherRefs(repo, target, head, branch));
    }
    const ref = `refs/remotes/${remote}/${branch}`;
    base = (await commitId(repo, ref)) ?? (await fetched.bring([`+refs/heads/${branch}:${ref}`], `branch ${branch}`));
  }

  return deepenedRange(repo, fetched, target, { revisions: base ? [head, `^${base}`] : [head], head, base });
}

/** A shallow boundary inside the range would end git log early: deepen, or refuse. */
async function deepenedRange(repo: Repository, fetched: Fetcher, target: CiTarget, range: ResolvedRange): Promise<ResolvedRange> {
  const { revisions, head, base } = range;
  const from = base?.slice(0, 12) ?? range.from ?? 'the root';
  const boundary = await shallowBoundary(repo);
  if (boundary.size > 0 && (!base || (await rangeCrossesBoundary(repo, revisions, boundary)))) {
    await fetched.unshallow(`the history between ${from} and ${head.slice(0, 12)}`, [head, ...(base ? [base] : [])]);
    if (await rangeCrossesBoundary(repo, revisions, await shallowBoundary(repo))) {
      const what = `the history from ${from} to ${head.slice(0, 12)}`;
      throw new UsageError(`aiguard ci: shallow clone: ${what} is incomplete; fix: ${target.depthFix}`);
    }
  }
  return range;
}

/**
 * The commits of head no other branch or tag holds. No revision is left that the push did not carry, so nothing
 * of the repository's own policy or baseline is trusted: the caller applies --config or the built-in default.
 */
async function notOnOtherRefs(repo: Repository, target: CiTarget, head: string, branch: string): Promise<ResolvedRange> {
  const others = await otherRefCommits(repo, branch, head);
  const revisions = [head, ...others.map((commit) => `^${commit}`)];
  const old = target.base ? ` ${target.base.slice(0, 12)}` : '';
  // Zero commits would pass a push nobody looked at: refuse instead.
  if ((await countCommits(repo, revisions)) === 0) {
    throw new UsageError(
      `aiguard ci: forced push to ${branch}: the old tip${old} is gone and every commit of ${head.slice(0, 12)} is on another ref, ` +
        `so what the push changed cannot be told; fix: pass --base OLD_TIP (or fetch it), then run again`,
    );
  }
  const note =
    `aiguard ci: forced push to ${branch}: the old tip${old} is gone; scanning the commits no other branch or tag holds, ` +
    'under --config or the built-in default policy (no revision of the repository is trusted)';
  return { revisions, head, from: 'no other ref', note };
}

class Fetcher {
  constructor(
    private readonly repo: Repository,
    private readonly remote: string,
    private readonly target: CiTarget,
  ) {}

  /** Fetches refspecs (the first that works) and returns the commit; one still missing is a usage error with the CI's fix. */
  async bring(refspecs: string[], what: string): Promise<string> {
    const shallow = (await shallowBoundary(this.repo)).size > 0;
    let reason = '';
    for (const refspec of refspecs) {
      // --unshallow makes the clone complete along what it fetches; it is refused on a complete clone.
      const stillShallow = (await shallowBoundary(this.repo)).size > 0;
      const result = await fetchFromRemote(this.repo, this.remote, [refspec], stillShallow);
      const id = result.ok ? await this.present(refspecs[0]!) : undefined;
      if (id) return id;
      reason ||= result.reason;
    }
    const id = await this.present(refspecs[0]!);
    if (id) return id;
    const missing = `${what} is not in this clone${shallow ? ' (shallow clone)' : ''}`;
    const cannot = `cannot be fetched from ${this.remote} (${reason || 'not found'})`;
    throw new UsageError(`aiguard ci: ${missing} and ${cannot}; fix: ${this.target.depthFix}`);
  }

  async unshallow(what: string, commits: string[]): Promise<void> {
    const result = await fetchFromRemote(this.repo, this.remote, [], true);
    if (!result.ok) {
      const cannot = `cannot be fetched from ${this.remote} (${result.reason})`;
      throw new UsageError(`aiguard ci: shallow clone: ${what} is not in this clone and ${cannot}; fix: ${this.target.depthFix}`);
    }
    for (const commit of commits) if (!(await hasCommit(this.repo, commit))) await this.bring([commit], `commit ${commit}`);
  }

  private async present(refspec: string): Promise<string | undefined> {
    const target = refspec.includes(':') ? refspec.slice(refspec.indexOf(':') + 1) : refspec;
    return commitId(this.repo, target);
  }
}
