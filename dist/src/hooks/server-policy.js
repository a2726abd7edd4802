import { engineFor, loadEngine } from '../pipeline.js';
import { policyAtRevision } from '../policy/revision-policy.js';
export async function loadServerEngine(context, repo) {
    // A server-side hook never runs code from the repository: a named config must be data too.
    if (context.configFile)
        return loadEngine({ configFile: context.configFile, allowCode: false });
    if (!repo.hasHead)
        return loadEngine({});
    const found = await policyAtRevision(repo, 'HEAD', 'by the server hook', '--config or AIGUARD_CONFIG');
    return found ? engineFor(found.policy) : loadEngine({});
}
