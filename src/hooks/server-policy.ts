// The server's policy: --config, AIGUARD_CONFIG, else the data config on the default branch, else the default — never the pushed one.
import type { Repository } from '../git/repository.js';
import { engineFor, loadEngine, type Engine } from '../pipeline.js';
import { policyAtRevision } from '../policy/revision-policy.js';
import type { HookContext } from './hook-context.js';

export async function loadServerEngine(context: HookContext, repo: Repository): Promise<Engine> {
  // A server-side hook never runs code from the repository: a named config must be data too.
  if (context.configFile) return loadEngine({ configFile: context.configFile, allowCode: false });
  if (!repo.hasHead) return loadEngine({});
  const found = await policyAtRevision(repo, 'HEAD', 'by the server hook', '--config or AIGUARD_CONFIG');
  return found ? engineFor(found.policy) : loadEngine({});
}
