import { runGit, splitZ, firstLine } from './run-git.js';
import { UsageError } from '../errors.js';
/** Tracked files plus untracked files git does not ignore; HEAD's tree in a bare repository. Submodules are left out. */
export async function listTreeFiles(repo, signal) {
    if (repo.bare) {
        if (!repo.hasHead)
            return [];
        const result = await runGit(['ls-tree', '-r', '-z', '--full-tree', 'HEAD'], repo.cwd, undefined, signal);
        if (result.code !== 0)
            throw new UsageError(`git ls-tree HEAD: ${firstLine(result.stderr)}`);
        return splitZ(result.stdout.toString('utf8')).flatMap((entry) => {
            const tab = entry.indexOf('\t');
            const mode = entry.slice(0, 6);
            return mode === '160000' ? [] : [{ path: entry.slice(tab + 1), symlink: mode === '120000' }];
        });
    }
    const [tracked, untracked] = await Promise.all([
        runGit(['ls-files', '-z', '--cached', '--stage', '--full-name'], repo.cwd, undefined, signal),
        runGit(['ls-files', '-z', '--others', '--exclude-standard', '--full-name'], repo.cwd, undefined, signal),
    ]);
    for (const result of [tracked, untracked]) {
        if (result.code !== 0)
            throw new UsageError(`git ls-files: ${firstLine(result.stderr)}`);
    }
    const files = [];
    let lastPath = '';
    // Entries are read in place ("<mode> <id> <stage>\t<path>\0"): only the path becomes a string of its own.
    const text = tracked.stdout.toString('utf8');
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\0', start);
        if (end === -1)
            end = text.length;
        const tab = text.indexOf('\t', start);
        const path = tab === -1 || tab > end ? text.slice(start, end) : text.slice(tab + 1, end);
        const submodule = text.startsWith('160000', start);
        const symlink = text.startsWith('120000', start);
        start = end + 1;
        // A conflicted file appears once per stage.
        if (submodule || path === lastPath)
            continue;
        lastPath = path;
        files.push({ path, symlink });
    }
    for (const path of splitZ(untracked.stdout.toString('utf8')))
        files.push({ path, symlink: false });
    return files;
}
/** One git grep for literal keywords (case-insensitive) over the work tree and its untracked files, or HEAD when bare. */
export async function grepKeywords(repo, keywords, signal) {
    if (keywords.length === 0 || (repo.bare && !repo.hasHead))
        return [];
    const patterns = keywords.flatMap((keyword) => ['-e', keyword]);
    const where = repo.bare ? ['HEAD'] : ['--untracked'];
    const args = ['grep', '-z', '-n', '-I', '-i', '-F', '--no-color', '--no-textconv', ...patterns, ...where, '--'];
    const result = await runGit(args, repo.cwd, undefined, signal);
    if (result.code === 1)
        return [];
    if (result.code !== 0)
        throw new UsageError(`git grep: ${firstLine(result.stderr)}`);
    const hits = [];
    const prefix = repo.bare ? 'HEAD:' : '';
    for (const row of result.stdout.toString('utf8').split('\n')) {
        const first = row.indexOf('\0');
        const second = row.indexOf('\0', first + 1);
        if (first === -1 || second === -1)
            continue;
        const path = row.slice(prefix.length, first);
        hits.push({ path, line: Number(row.slice(first + 1, second)), text: row.slice(second + 1) });
    }
    return hits;
}
