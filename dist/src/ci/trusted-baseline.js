import { parseBaseline, baselineRepoPath } from '../policy/baseline.js';
import { showFile } from '../git/show-file.js';
/**
 * The baseline a pull request is judged by: the file at the base revision, never the head's copy
 * (a PR could otherwise baseline its own findings). No base (a root push): no baseline.
 */
export async function trustedBaseline(repo, policy, base) {
    const path = baselineRepoPath(repo.root ?? repo.cwd, policy.baseline);
    if (!path || !base)
        return false;
    const text = await showFile(repo, base, path);
    return text === undefined ? false : parseBaseline(text, `${base.slice(0, 12)}:${path}`);
}
