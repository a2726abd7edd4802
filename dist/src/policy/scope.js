import { listRemotes } from '../git/remotes.js';
import { UsageError } from '../errors.js';
import { normaliseRemoteGlob, normaliseRemoteUrl } from './remote-url.js';
/**
 * Undefined when the policy covers the repository; otherwise the one line to print before exiting 0.
 * No `scope.remotes` means every repository is covered. The remote is `scope.remote`, else origin, else any remote.
 */
export async function checkScope(repo, policy, options = {}) {
    const globs = policy.scope?.remotes;
    if (!globs || globs.length === 0)
        return undefined;
    const patterns = globs.map(normaliseRemoteGlob);
    const candidates = options.remoteUrl !== undefined ? [{ name: 'url', url: options.remoteUrl }] : await candidateRemotes(repo, policy);
    const micromatch = (await import('micromatch')).default;
    // Org and repository names are case-insensitive on the big forges: match without case, so a ban is never dodged by case.
    const covered = candidates.some((remote) => micromatch.isMatch(normaliseRemoteUrl(remote.url), patterns, { nocase: true, dot: true }));
    if (covered)
        return undefined;
    const policyName = policy.name ?? policy.source ?? 'the aiguard policy';
    const seen = candidates.length === 0
        ? policy.scope?.remote ? `no remote named ${policy.scope.remote}` : 'no remote'
        : candidates.map((remote) => `${remote.name} ${normaliseRemoteUrl(remote.url)}`).join(', ');
    return `aiguard: this repository is not covered by ${policyName} (${seen}; scope.remotes: ${patterns.join(', ')})`;
}
async function candidateRemotes(repo, policy) {
    let remotes;
    try {
        remotes = await listRemotes(repo);
    }
    catch (error) {
        throw new UsageError(`cannot read the repository's remotes: ${error.message}`);
    }
    const wanted = policy.scope?.remote;
    if (wanted !== undefined)
        return remotes.filter((remote) => remote.name === wanted);
    const origin = remotes.filter((remote) => remote.name === 'origin');
    return origin.length > 0 ? origin : remotes;
}
