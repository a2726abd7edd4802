import { runGit, firstLine } from './run-git.js';
import { parseRawAndPatch } from './raw-diff.js';
import { UsageError } from '../errors.js';
/** What the index adds against HEAD, from one git diff (also on an unborn branch). */
export async function readStagedChanges(cwd, content) {
    const patch = content ? ['-p', '-U0', '--no-ext-diff', '--no-textconv', '--no-color', '--src-prefix=a/', '--dst-prefix=b/'] : [];
    const args = ['diff', '--cached', '--raw', '-z', '-M', '--diff-filter=ACMRT', ...patch, '--'];
    const result = await runGit(args, cwd);
    if (result.code !== 0)
        throw new UsageError(`git diff --cached: ${firstLine(result.stderr)}`);
    const { paths, diff } = parseRawAndPatch(result.stdout.toString('utf8'));
    return { paths: paths.filter((path) => path.mode !== '160000'), diff };
}
