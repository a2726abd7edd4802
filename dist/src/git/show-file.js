import { runGit, splitZ, firstLine } from './run-git.js';
import { UsageError } from '../errors.js';
/** Which of paths exist in the tree of rev (one git ls-tree). */
export async function pathsInRevision(repo, rev, paths) {
    const result = await runGit(['ls-tree', '-z', '--name-only', '--full-tree', '--end-of-options', rev, '--', ...paths], repo.cwd);
    if (result.code !== 0)
        throw new UsageError(`git ls-tree ${rev}: ${firstLine(result.stderr)}`);
    return new Set(splitZ(result.stdout.toString('utf8')));
}
/** A file's content at a revision (`git show REV:path`), undefined when it is not there. */
export async function showFile(repo, rev, path) {
    const result = await runGit(['cat-file', 'blob', `${rev}:${path}`], repo.cwd);
    return result.code === 0 ? result.stdout.toString('utf8') : undefined;
}
/** Paths among `paths` that differ between the merge base of base and head, and head (`git diff base...head`). */
export async function changedPathsSince(repo, base, head, paths) {
    // Literal pathspecs: a --config path with glob characters names one file, not a pattern.
    const result = await runGit(['--literal-pathspecs', 'diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', `${base}...${head}`, '--', ...paths], repo.cwd);
    if (result.code !== 0)
        throw new UsageError(`git diff ${base}...${head}: ${firstLine(result.stderr)}`);
    return splitZ(result.stdout.toString('utf8'));
}
