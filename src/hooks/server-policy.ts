// The server's policy: --config, AIGUARD_CONFIG, else the data config on the default branch, else the default — never the pushed one.
import type { Repository } from '../git/repository.js';
import { engineFor, loadEngine, type Engine } from '../pipeline.js';
import { policyAtRevision } from '../config/revision-policy.js';
import type { HookContext } from './hook-context.js';
import type { Policy } from '../policy/policy.js';
import { SEARCH_PLACES } from '../config/search-places.js';
import { baselineRepoPath } from '../policy/baseline.js';

export async function loadServerEngine(context: HookContext, repo: Repository): Promise<Engine> {
  // A server-side hook never runs code from the repository: a named config must be data too.
  if (context.configFile) return loadEngine({ configFile: context.configFile, allowCode: false });
  if (!repo.hasHead) return loadEngine({});
  const found = await policyAtRevision(repo, 'HEAD', 'by the server hook', '--config or AIGUARD_CONFIG');
  return found ? engineFor(found.policy) : loadEngine({});
}

/** The repository paths that decide what the server passes: every config place and the policy's baseline file. */
export function serverPolicyPaths(repo: Repository, policy: Policy): string[] {
  const baseline = baselineRepoPath(repo.cwd, policy.baseline);
  return [...SEARCH_PLACES, ...(baseline && !SEARCH_PLACES.includes(baseline) ? [baseline] : [])];
}
