import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runGit, firstLine } from './run-git.js';
import { commitId, type Repository } from './repository.js';

/** The commits a shallow clone was cut at (empty for a complete clone). */
export async function shallowBoundary(repo: Repository): Promise<Set<string>> {
  try {
    const text = await readFile(join(repo.gitDir, 'shallow'), 'utf8');
    return new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
  } catch {
    return new Set();
  }
}

/** True when rev names a commit present in the object store. */
export async function hasCommit(repo: Repository, rev: string): Promise<boolean> {
  return (await commitId(repo, rev)) !== undefined;
}

/** Whether a commit in the range sits on the shallow boundary: then git log would stop early and miss commits. */
export async function rangeCrossesBoundary(repo: Repository, revisions: string[], boundary: Set<string>): Promise<boolean> {
  if (boundary.size === 0) return false;
  const result = await runGit(['rev-list', '--end-of-options', ...revisions, '--'], repo.cwd);
  if (result.code !== 0) return true;
  // Commit ids only, one a line: nothing here comes from the repository's content.
  return result.stdout
    .toString('utf8')
    .split('\n')
    .some((id) => boundary.has(id.trim()));
}

export interface FetchResult {
  ok: boolean;
  reason: string;
}

/** git fetch from a remote with an argument array; never prompts, never fetches tags or runs hooks. */
export async function fetchFromRemote(repo: Repository, remote: string, refspecs: string[], unshallow: boolean): Promise<FetchResult> {
  // No hooks, and no ext:: transport (it runs a command named in the URL).
  const args = [
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'protocol.ext.allow=never',
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-recurse-submodules',
    '--no-write-fetch-head',
  ];
  if (unshallow) args.push('--unshallow');
  const result = await runGit([...args, '--end-of-options', remote, ...refspecs], repo.cwd);
  return { ok: result.code === 0, reason: firstLine(result.stderr) || `exit ${result.code}` };
}

/** The remote's default branch as git last saw it (refs/remotes/<remote>/HEAD), else main or master when present. */
export async function remoteDefaultBranch(repo: Repository, remote: string): Promise<string | undefined> {
  const head = await runGit(['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`], repo.cwd);
  if (head.code === 0)
    return (
      head.stdout
        .toString('utf8')
        .trim()
        .slice(remote.length + 1) || undefined
    );
  for (const name of ['main', 'master']) {
    if (await hasCommit(repo, `refs/remotes/${remote}/${name}`)) return name;
  }
  return undefined;
}
