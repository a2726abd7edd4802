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
  // --text: neither a NUL byte nor a `-diff`/`binary` attribute may turn added lines into "Binary files differ".
  const patch = content
    ? ['-p', '-U0', '--text', '--no-ext-diff', '--no-textconv', '--no-color', '--src-prefix=a/', '--dst-prefix=b/']
    : [];
  const args = ['diff', '--cached', '--raw', '--no-abbrev', '-z', '-M', '--diff-filter=ACMRT', ...patch, '--'];
  const result = await runGit(args, cwd);
  if (result.code !== 0) throw new UsageError(`git diff --cached: ${firstLine(result.stderr)}`);
  const { paths, diff } = parseRawAndPatch(result.stdout.toString('utf8'));
  // A gitlink stays: a submodule at .claude or .agents/skills/x puts a whole AI folder into the checkout.
  return { paths, diff };
}
