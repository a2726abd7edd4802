import { runGit, firstLine } from './run-git.js';
import { UsageError } from '../errors.js';
/** Which of the ids name a commit here (tags peeled), from one `git cat-file --batch-check`; the rest are unknown or not commits. */
export async function existingCommits(cwd, ids) {
    const found = new Map();
    if (ids.length === 0)
        return found;
    const input = ids.map((id) => `${id}^{commit}\n`).join('');
    const result = await runGit(['cat-file', '--batch-check=%(objectname) %(objecttype)'], cwd, input);
    if (result.code !== 0)
        throw new UsageError(`git cat-file --batch-check: ${firstLine(result.stderr) || `exit ${result.code}`}`);
    const lines = result.stdout.toString('utf8').split('\n');
    ids.forEach((id, index) => {
        const [objectName, type] = (lines[index] ?? '').split(' ');
        if (type === 'commit' && objectName)
            found.set(id, objectName);
    });
    return found;
}
