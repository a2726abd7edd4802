import { runGit, splitZ } from './run-git.js';
import type { Repository } from './repository.js';

export interface Remote {
  name: string;
  /** The URL as git would use it: `url.<base>.insteadOf` rewrites applied. */
  url: string;
}

/** Every remote's fetch URL(s), from one `git config -z --get-regexp` (no shell, no parsing of display output). */
export async function listRemotes(repo: Pick<Repository, 'cwd'>): Promise<Remote[]> {
  const result = await runGit(['config', '-z', '--get-regexp', '^(remote\\..*\\.url|url\\..*\\.insteadof)$'], repo.cwd);
  // Exit 1 means no such key at all; anything else is an error the caller may not ignore.
  if (result.code === 1) return [];
  if (result.code !== 0) throw new Error(`git config --get-regexp: ${result.stderr.trim() || `exit ${result.code}`}`);
  const remotes: Remote[] = [];
  const rewrites: { from: string; to: string }[] = [];
  for (const entry of splitZ(result.stdout.toString('utf8'))) {
    const newline = entry.indexOf('\n');
    if (newline === -1) continue;
    const key = entry.slice(0, newline);
    const value = entry.slice(newline + 1);
    if (key.startsWith('remote.')) remotes.push({ name: key.slice('remote.'.length, -'.url'.length), url: value });
    else rewrites.push({ from: value, to: key.slice('url.'.length, -'.insteadof'.length) });
  }
  return remotes.map((remote) => ({ ...remote, url: rewriteUrl(remote.url, rewrites) }));
}

/** The remotes for the policy's scope: undefined when git cannot list them (the scope then fails closed). */
export async function readRemotes(repo: Pick<Repository, 'cwd'>): Promise<Remote[] | undefined> {
  return listRemotes(repo).catch(() => undefined);
}

/** git's insteadOf: the longest matching prefix wins. */
function rewriteUrl(url: string, rewrites: { from: string; to: string }[]): string {
  let best: { from: string; to: string } | undefined;
  for (const rewrite of rewrites) {
    if (url.startsWith(rewrite.from) && (!best || rewrite.from.length > best.from.length)) best = rewrite;
  }
  return best ? best.to + url.slice(best.from.length) : url;
}
