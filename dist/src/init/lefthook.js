// lefthook: one `aiguard` command a hook in lefthook.yml, added with the yaml library so comments and order stay.
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { INSTALLED_HOOKS } from './hook-lines.js';
const RUN = {
    'pre-commit': 'aiguard hook pre-commit',
    'commit-msg': 'aiguard hook commit-msg {1}',
    'pre-push': 'aiguard hook pre-push {1} {2}',
};
export async function lefthookChanges(path) {
    const YAML = await import('yaml');
    const text = readFileSync(path, 'utf8');
    const doc = YAML.parseDocument(text);
    if (doc.errors.length > 0)
        throw new UsageError(`${path}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    if (doc.contents === null)
        doc.contents = doc.createNode({});
    if (!YAML.isMap(doc.contents))
        throw new UsageError(`${path}: expected a mapping of hooks at the top level`);
    const added = [];
    for (const hook of INSTALLED_HOOKS) {
        const entry = { run: RUN[hook] };
        // lefthook hands a hook's stdin to a command only when asked: pre-push needs its update lines.
        if (hook === 'pre-push')
            entry.use_stdin = true;
        const jobs = doc.getIn([hook, 'jobs']);
        if (YAML.isSeq(jobs)) {
            if (jobs.items.some((item) => YAML.isMap(item) && item.get('name') === 'aiguard'))
                continue;
            jobs.add(doc.createNode({ name: 'aiguard', ...entry }));
        }
        else {
            if (doc.hasIn([hook, 'commands', 'aiguard']))
                continue;
            if (!YAML.isMap(doc.get(hook)) && doc.has(hook) && doc.get(hook) !== null)
                throw new UsageError(`${path}: ${hook}: expected a mapping`);
            doc.setIn([hook, 'commands', 'aiguard'], doc.createNode(entry));
        }
        added.push(hook);
    }
    if (added.length === 0)
        return [];
    return [
        { type: 'file', path, content: doc.toString(), summary: `add the aiguard command to ${added.join(', ')}` },
        { type: 'note', summary: 'then run: npx lefthook install (or lefthook install) so git calls lefthook' },
    ];
}
