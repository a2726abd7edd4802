import type { Remote } from '../git/remotes.js';
import type { Policy } from './policy.js';
import { normaliseRemoteGlob, normaliseRemoteUrl } from './remote-url.js';

export interface ScopeOptions {
  /** The repository's URL where it has no remote to read (a server's pre-receive, a CI checkout by id). */
  remoteUrl?: string;
}

/**
 * Undefined when the policy covers the repository; otherwise the one line to print (on stderr) before exiting 0.
 * No `scope.remotes` means every repository is covered. The remote is `scope.remote`, else origin, else any remote.
 * A repository whose remote is missing or unreadable is covered (fail closed) unless `scope.unknownRemote: skip`.
 * `remotes` are the repository's, as the caller read them (git/remotes.ts); undefined when they could not be read.
 */
export async function checkScope(policy: Policy, remotes: Remote[] | undefined, options: ScopeOptions = {}): Promise<string | undefined> {
  const globs = policy.scope?.remotes;
  if (!globs || globs.length === 0) return undefined;
  const patterns = globs.map(normaliseRemoteGlob);
  const candidates = options.remoteUrl !== undefined ? [{ name: 'url', url: options.remoteUrl }] : candidateRemotes(remotes, policy);
  const policyName = policy.name ?? policy.source ?? 'the aiguard policy';
  // A remote whose URL reads as nothing says nothing about the repository: it cannot place it outside.
  const known = candidates?.filter((remote) => normaliseRemoteUrl(remote.url) !== '') ?? [];
  if (known.length === 0) {
    if (policy.scope?.unknownRemote !== 'skip') return undefined;
    const named = policy.scope.remote && candidates?.length === 0 ? `no remote named ${policy.scope.remote}` : 'no remote';
    const why = candidates === undefined ? 'its remotes cannot be read' : named;
    return `aiguard: this repository is not covered by ${policyName} (${why}; scope.unknownRemote: skip)`;
  }
  if (
    await remoteMatches(
      known.map((remote) => remote.url),
      patterns,
    )
  )
    return undefined;
  const seen = known.map((remote) => `${remote.name} ${normaliseRemoteUrl(remote.url)}`).join(', ');
  return `aiguard: this repository is not covered by ${policyName} (${seen}; scope.remotes: ${patterns.join(', ')})`;
}

/** Whether any of the URLs matches any of the globs, the way checkScope matches them. */
export async function remoteMatches(urls: string[], globs: string[]): Promise<boolean> {
  const micromatch = (await import('micromatch')).default;
  const patterns = globs.map(normaliseRemoteGlob);
  // Org and repository names are case-insensitive on the big forges: match without case, so a ban is never dodged by case.
  return urls.some((url) => micromatch.isMatch(normaliseRemoteUrl(url), patterns, { nocase: true, dot: true }));
}

/** The remotes that decide; undefined when they could not be read. */
function candidateRemotes(remotes: Remote[] | undefined, policy: Policy): Remote[] | undefined {
  if (remotes === undefined) return undefined;
  const wanted = policy.scope?.remote;
  if (wanted !== undefined) return remotes.filter((remote) => remote.name === wanted);
  const origin = remotes.filter((remote) => remote.name === 'origin');
  return origin.length > 0 ? origin : remotes;
}
