import { runGit, splitZ, firstLine } from './run-git.js';
import type { Repository } from './repository.js';
import { UsageError } from '../errors.js';

/** Which of paths exist in the tree of rev (one git ls-tree). */
export async function pathsInRevision(repo: Repository, rev: string, paths: readonly string[]): Promise<Set<string>> {
  const result = await runGit(['ls-tree', '-z', '--name-only', '--full-tree', '--end-of-options', rev, '--', ...paths], repo.cwd);
  if (result.code !== 0) throw new UsageError(`git ls-tree ${rev}: ${firstLine(result.stderr)}`);
  return new Set(splitZ(result.stdout.toString('utf8')));
}

/** A file's content at a revision (`git show REV:path`), undefined when it is not there. */
export async function showFile(repo: Repository, rev: string, path: string): Promise<string | undefined> {
  const result = await runGit(['cat-file', 'blob', `${rev}:${path}`], repo.cwd);
  return result.code === 0 ? result.stdout.toString('utf8') : undefined;
}

/** Paths among `paths` that differ between the merge base of base and head, and head (`git diff base...head`). */
export async function changedPathsSince(repo: Repository, base: string, head: string, paths: readonly string[]): Promise<string[]> {
  // Literal pathspecs: a --config path with glob characters names one file, not a pattern.
  const result = await runGit(
    ['--literal-pathspecs', 'diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', `${base}...${head}`, '--', ...paths],
    repo.cwd,
  );
  if (result.code !== 0) throw new UsageError(`git diff ${base}...${head}: ${firstLine(result.stderr)}`);
  return splitZ(result.stdout.toString('utf8'));
}

/** Paths among `paths` that differ between two commits themselves (`git diff before after`), merge base or not. */
export async function changedPathsBetween(repo: Repository, before: string, after: string, paths: readonly string[]): Promise<string[]> {
  const args = ['--literal-pathspecs', 'diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', before, after, '--', ...paths];
  const result = await runGit(args, repo.cwd);
  if (result.code !== 0) throw new UsageError(`git diff ${before} ${after}: ${firstLine(result.stderr)}`);
  return splitZ(result.stdout.toString('utf8'));
}
