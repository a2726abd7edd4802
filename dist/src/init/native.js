// Native hooks: a hooks folder in the git directory, core.hooksPath pointing at it, every hook that was there before chained.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { runGit, git } from '../git/run-git.js';
import { shQuote } from './changes.js';
import { INSTALLED_HOOKS } from './hook-lines.js';
const FOLDER = 'aiguard-hooks';
const PREVIOUS_FILE = 'previous-hooks-path';
export async function nativeChanges(repo) {
    const commonDir = resolve(repo.cwd, (await git(['rev-parse', '--git-common-dir'], repo.cwd)).trim());
    const folder = join(commonDir, FOLDER);
    const configured = (await runGit(['config', '--get', 'core.hooksPath'], repo.cwd)).stdout.toString('utf8').trim();
    const current = configured ? (isAbsolute(configured) ? configured : resolve(repo.root ?? repo.cwd, configured)) : join(commonDir, 'hooks');
    // Run again: the hooks chained the first time are still the ones to chain.
    const previous = current === folder ? readPrevious(folder) ?? join(commonDir, 'hooks') : current;
    const changes = [];
    const want = (path, content, summary) => {
        if (existsSync(path) && readFileSync(path, 'utf8') === content)
            return;
        changes.push({ type: 'file', path, content, executable: true, summary });
    };
    for (const hook of INSTALLED_HOOKS) {
        const chained = executable(join(previous, hook));
        want(join(folder, hook), nativeHook(hook, join(previous, hook)), `aiguard hook ${hook}${chained ? `, then the existing ${hook} hook` : ''}`);
    }
    for (const name of existingHooks(previous)) {
        if (INSTALLED_HOOKS.includes(name))
            continue;
        want(join(folder, name), passThrough(name, join(previous, name)), `runs the existing ${name} hook`);
    }
    if (readPrevious(folder) !== previous) {
        changes.push({ type: 'file', path: join(folder, PREVIOUS_FILE), content: `${previous}\n`, summary: 'remembers the hooks folder that was in use' });
    }
    if (current !== folder)
        changes.push({ type: 'git-config', key: 'core.hooksPath', value: folder, summary: `was ${configured || 'unset'}` });
    return changes;
}
function readPrevious(folder) {
    try {
        return readFileSync(join(folder, PREVIOUS_FILE), 'utf8').trim() || undefined;
    }
    catch {
        return undefined;
    }
}
function existingHooks(folder) {
    try {
        return readdirSync(folder).filter((name) => !name.endsWith('.sample') && !name.startsWith('.') && executable(join(folder, name)));
    }
    catch {
        return [];
    }
}
function executable(path) {
    try {
        const stat = statSync(path);
        return stat.isFile() && (stat.mode & 0o111) !== 0;
    }
    catch {
        return false;
    }
}
const WHAT = { 'pre-commit': 'commit', 'commit-msg': 'commit', 'pre-push': 'push' };
/** aiguard first (fail closed), then the hook that was there; pre-push's stdin is kept for both. */
export function nativeHook(hook, previous) {
    const what = WHAT[hook];
    const stdin = hook === 'pre-push';
    return `#!/bin/sh
# Installed by aiguard init: aiguard checks first, then the ${hook} hook that was here before (if any) runs.
previous=${shQuote(previous)}
if [ -x ./node_modules/.bin/aiguard ]; then aiguard_command=./node_modules/.bin/aiguard
elif command -v aiguard >/dev/null 2>&1; then aiguard_command=aiguard
elif [ -n "\${AIGUARD:-}" ]; then aiguard_command=$AIGUARD
else
  echo "aiguard: ${hook} hook: cannot find aiguard (looked in ./node_modules/.bin, PATH and \\$AIGUARD); ${what} refused" >&2
  exit 1
fi
${stdin ? `input=$(mktemp) || exit 1
trap 'rm -f "$input"' EXIT
cat > "$input"
$aiguard_command hook ${hook} "$@" < "$input"` : `$aiguard_command hook ${hook} "$@"`}
status=$?
case $status in
  0) ;;
  1) exit 1 ;;
  *) echo "aiguard: ${hook} hook: aiguard could not check this ${what} (exit $status); ${what} refused" >&2; exit $status ;;
esac
if [ -x "$previous" ]; then
  "$previous" "$@"${stdin ? ' < "$input"' : ''} || exit $?
fi
exit 0
`;
}
function passThrough(name, previous) {
    return `#!/bin/sh
# Installed by aiguard init: core.hooksPath points here now, so the ${name} hook that was in use runs from here.
exec ${shQuote(previous)} "$@"
`;
}
