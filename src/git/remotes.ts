import { runGit, splitZ } from './run-git.js';
import type { Repository } from './repository.js';

export interface Remote {
  name: string;
  url: string;
}

/** Every remote's fetch URL(s), read with one `git config -z --get-regexp` (no shell, no parsing of display output). */
export async function listRemotes(repo: Pick<Repository, 'cwd'>): Promise<Remote[]> {
  const result = await runGit(['config', '-z', '--get-regexp', '^remote\\..*\\.url$'], repo.cwd);
  // Exit 1 means no remote at all; anything else is an error the caller may not ignore.
  if (result.code === 1) return [];
  if (result.code !== 0) throw new Error(`git config --get-regexp: ${result.stderr.trim() || `exit ${result.code}`}`);
  const remotes: Remote[] = [];
  for (const entry of splitZ(result.stdout.toString('utf8'))) {
    const newline = entry.indexOf('\n');
    if (newline === -1) continue;
    const key = entry.slice(0, newline);
    remotes.push({ name: key.slice('remote.'.length, -'.url'.length), url: entry.slice(newline + 1) });
  }
  return remotes;
}
