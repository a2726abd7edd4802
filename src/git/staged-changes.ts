import { runGit, firstLine } from './run-git.js';
import { parseRawAndPatch, type ChangedPath } from './raw-diff.js';
import { UsageError } from '../errors.js';

export interface StagedChanges {
  /** Paths the index adds, renames to or modifies against HEAD (deletions left out). */
  paths: ChangedPath[];
  /** -U0 patch of those changes, when added lines were asked for. */
  diff: string;
}

/** What the index adds against HEAD, from one git diff (also on an unborn branch). */
export async function readStagedChanges(cwd: string, content: boolean): Promise<StagedChanges> {
  const patch = content ? ['-p', '-U0', '--no-ext-diff', '--no-textconv', '--no-color', '--src-prefix=a/', '--dst-prefix=b/'] : [];
  const args = ['diff', '--cached', '--raw', '-z', '-M', '--diff-filter=ACMRT', ...patch, '--'];
  const result = await runGit(args, cwd);
  if (result.code !== 0) throw new UsageError(`git diff --cached: ${firstLine(result.stderr)}`);
  const { paths, diff } = parseRawAndPatch(result.stdout.toString('utf8'));
  return { paths: paths.filter((path) => path.mode !== '160000'), diff };
}
