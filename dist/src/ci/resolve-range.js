import { commitId } from '../git/repository.js';
import { fetchFromRemote, hasCommit, rangeCrossesBoundary, remoteDefaultBranch, shallowBoundary } from '../git/history-depth.js';
import { UsageError } from '../errors.js';
/** Makes sure the clone holds every commit between base and head, fetching what is missing; fails closed otherwise. */
export async function resolveRange(repo, target, remote) {
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
        }
        catch (error) {
            // A force push's old tip may be gone for good: then the commits not on the target branch.
            if (!target.baseBranch)
                throw error;
        }
    }
    if (base === undefined && !target.fromRoot) {
        const branch = (baseIsBranchName ? target.base : undefined) ?? target.baseBranch ?? target.defaultBranch ?? (await remoteDefaultBranch(repo, remote));
        if (!branch)
            throw new UsageError(`aiguard ci: cannot tell what the change starts from (no target or default branch): pass --base REV`);
        const ref = `refs/remotes/${remote}/${branch}`;
        base = (await commitId(repo, ref)) ?? (await fetched.bring([`+refs/heads/${branch}:${ref}`], `branch ${branch}`));
    }
    const revisions = base ? [head, `^${base}`] : [head];
    // A shallow boundary inside the range would end git log early: deepen, or refuse.
    const boundary = await shallowBoundary(repo);
    if (boundary.size > 0 && (!base || (await rangeCrossesBoundary(repo, revisions, boundary)))) {
        await fetched.unshallow(`the history between ${base ? base.slice(0, 12) : 'the root'} and ${head.slice(0, 12)}`, [head, ...(base ? [base] : [])]);
        if (await rangeCrossesBoundary(repo, revisions, await shallowBoundary(repo))) {
            throw new UsageError(`aiguard ci: shallow clone: the history from ${base?.slice(0, 12) ?? 'the root'} to ${head.slice(0, 12)} is incomplete; fix: ${target.depthFix}`);
        }
    }
    return { revisions, head, base };
}
class Fetcher {
    repo;
    remote;
    target;
    constructor(repo, remote, target) {
        this.repo = repo;
        this.remote = remote;
        this.target = target;
    }
    /** Fetches refspecs (the first that works) and returns the commit; one still missing is a usage error with the CI's fix. */
    async bring(refspecs, what) {
        const shallow = (await shallowBoundary(this.repo)).size > 0;
        let reason = '';
        for (const refspec of refspecs) {
            // --unshallow makes the clone complete along what it fetches; it is refused on a complete clone.
            const stillShallow = (await shallowBoundary(this.repo)).size > 0;
            const result = await fetchFromRemote(this.repo, this.remote, [refspec], stillShallow);
            const id = result.ok ? await this.present(refspecs[0]) : undefined;
            if (id)
                return id;
            reason ||= result.reason;
        }
        const id = await this.present(refspecs[0]);
        if (id)
            return id;
        throw new UsageError(`aiguard ci: ${what} is not in this clone${shallow ? ' (shallow clone)' : ''} and cannot be fetched from ${this.remote} (${reason || 'not found'}); fix: ${this.target.depthFix}`);
    }
    async unshallow(what, commits) {
        const result = await fetchFromRemote(this.repo, this.remote, [], true);
        if (!result.ok) {
            throw new UsageError(`aiguard ci: shallow clone: ${what} is not in this clone and cannot be fetched from ${this.remote} (${result.reason}); fix: ${this.target.depthFix}`);
        }
        for (const commit of commits)
            if (!(await hasCommit(this.repo, commit)))
                await this.bring([commit], `commit ${commit}`);
    }
    async present(refspec) {
        const target = refspec.includes(':') ? refspec.slice(refspec.indexOf(':') + 1) : refspec;
        return commitId(this.repo, target);
    }
}
