import { isAbsolute, relative, resolve } from 'node:path';
import type { Repository } from '../git/repository.js';
import { SEARCH_PLACES } from '../policy/load-config.js';
import { defaultPolicy, type Policy } from '../policy/policy.js';
import { policyAtRevision } from '../policy/revision-policy.js';
import { baselineRepoPath } from '../policy/baseline.js';
import { resolvePolicy } from '../policy/resolve-policy.js';
import { engineFor, type Engine } from '../pipeline.js';

export interface TrustedEngine extends Engine {
  /** Repository paths whose change in the PR is itself a finding. */
  policyPaths: string[];
}

/**
 * The policy for a CI run, from a place the PR cannot change: the file the pipeline names, or the config at the
 * base revision (data formats only). Nothing of the PR head is read, let alone run.
 */
export async function loadTrustedEngine(repo: Repository, options: { configFile?: string; revision?: string }): Promise<TrustedEngine> {
  const policyPaths = [...SEARCH_PLACES];
  let policy: Policy = defaultPolicy();
  if (options.configFile !== undefined) {
    // The same resolution as everywhere else (extends included), with code refused at every layer.
    policy = await resolvePolicy({ configFile: options.configFile, allowCode: false });
    const inside = repo.root ? relative(repo.root, resolve(options.configFile)) : '';
    if (inside && !inside.startsWith('..') && !isAbsolute(inside)) policyPaths.push(inside.split('\\').join('/'));
  } else if (options.revision !== undefined) {
    const found = await policyAtRevision(repo, options.revision, 'in CI');
    if (found) policy = found.policy;
  }
  const engine = await engineFor(policy);
  // The baseline decides what passes as much as the policy does: a PR that edits it is tampering too.
  const baselineFile = baselineRepoPath(repo.root ?? repo.cwd, policy.baseline);
  if (baselineFile && !policyPaths.includes(baselineFile)) policyPaths.push(baselineFile);
  return { ...engine, policyPaths };
}
