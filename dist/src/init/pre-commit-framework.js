// The pre-commit framework: a local repo entry with one hook a stage in .pre-commit-config.yaml.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { UsageError } from '../errors.js';
/** Stage names changed in pre-commit 3.2 (commit → pre-commit, push → pre-push); older releases know only the old ones. */
export function stageNames(version) {
    const match = /(\d+)\.(\d+)/.exec(version ?? '');
    const modern = !match || Number(match[1]) > 3 || (Number(match[1]) === 3 && Number(match[2]) >= 2);
    return modern ? { commit: 'pre-commit', push: 'pre-push' } : { commit: 'commit', push: 'push' };
}
export function installedPreCommitVersion() {
    const result = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    return result.status === 0 ? result.stdout.trim() : undefined;
}
export async function preCommitFrameworkChanges(path, version = installedPreCommitVersion()) {
    const YAML = await import('yaml');
    const doc = YAML.parseDocument(readFileSync(path, 'utf8'));
    if (doc.errors.length > 0)
        throw new UsageError(`${path}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    if (doc.contents === null)
        doc.contents = doc.createNode({});
    if (!YAML.isMap(doc.contents))
        throw new UsageError(`${path}: expected a mapping at the top level`);
    const repos = doc.get('repos');
    if (repos !== undefined && repos !== null && !YAML.isSeq(repos))
        throw new UsageError(`${path}: repos: expected a list`);
    const present = YAML.isSeq(repos) && repos.items.some((repo) => {
        const hooks = YAML.isMap(repo) ? repo.get('hooks') : undefined;
        return YAML.isSeq(hooks) && hooks.items.some((hook) => YAML.isMap(hook) && String(hook.get('id') ?? '').startsWith('aiguard'));
    });
    if (present)
        return [];
    const stages = stageNames(version);
    const hook = (id, name, entry, stage, passFilenames) => ({
        id,
        name,
        entry,
        language: 'system',
        stages: [stage],
        pass_filenames: passFilenames,
        always_run: true,
    });
    const entry = {
        repo: 'local',
        hooks: [
            hook('aiguard', 'aiguard: AI tool traces in staged changes', 'aiguard hook pre-commit', stages.commit, false),
            // The framework passes the message file as the one file name of a commit-msg hook.
            hook('aiguard-commit-msg', 'aiguard: AI attribution in the commit message', 'aiguard hook commit-msg', 'commit-msg', true),
            // The framework keeps the push lines; aiguard reads PRE_COMMIT_FROM_REF/TO_REF instead.
            hook('aiguard-pre-push', 'aiguard: AI tool traces in pushed commits', 'aiguard hook pre-push', stages.push, false),
        ],
    };
    if (YAML.isSeq(repos))
        repos.add(doc.createNode(entry));
    else
        doc.set('repos', doc.createNode([entry]));
    const types = doc.get('default_install_hook_types');
    const wanted = [stages.commit === 'commit' ? 'pre-commit' : stages.commit, 'commit-msg', 'pre-push'];
    if (YAML.isSeq(types)) {
        for (const type of wanted)
            if (!types.items.some((item) => YAML.isScalar(item) && item.value === type))
                types.add(type);
    }
    else if (types === undefined) {
        doc.set('default_install_hook_types', doc.createNode(wanted, { flow: true }));
    }
    return [{ type: 'file', path, content: doc.toString(), summary: 'add a local repo entry with the aiguard hooks (pre-commit, commit-msg, pre-push)' }];
}
