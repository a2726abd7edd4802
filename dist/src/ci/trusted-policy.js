import { isAbsolute, relative, resolve } from 'node:path';
import { SEARCH_PLACES } from '../policy/load-config.js';
import { defaultPolicy } from '../policy/policy.js';
import { policyAtRevision } from '../policy/revision-policy.js';
import { baselineRepoPath } from '../policy/baseline.js';
import { resolvePolicy } from '../policy/resolve-policy.js';
import { engineFor } from '../pipeline.js';
/**
 * The policy for a CI run, from a place the PR cannot change: the file the pipeline names, or the config at the
 * base revision (data formats only). Nothing of the PR head is read, let alone run.
 */
export async function loadTrustedEngine(repo, options) {
    const policyPaths = [...SEARCH_PLACES];
    let policy = defaultPolicy();
    if (options.configFile !== undefined) {
        // The same resolution as everywhere else (extends included), with code refused at every layer.
        policy = await resolvePolicy({ configFile: options.configFile, allowCode: false });
        const inside = repo.root ? relative(repo.root, resolve(options.configFile)) : '';
        if (inside && !inside.startsWith('..') && !isAbsolute(inside))
            policyPaths.push(inside.split('\\').join('/'));
    }
    else if (options.revision !== undefined) {
        const found = await policyAtRevision(repo, options.revision, 'in CI');
        if (found)
            policy = found.policy;
    }
    const engine = await engineFor(policy);
    // The baseline decides what passes as much as the policy does: a PR that edits it is tampering too.
    const baselineFile = baselineRepoPath(repo.root ?? repo.cwd, policy.baseline);
    if (baselineFile && !policyPaths.includes(baselineFile))
        policyPaths.push(baselineFile);
    return { ...engine, policyPaths };
}
