import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Repository } from '../git/repository.js';
import { showFile } from '../git/show-file.js';
import { UsageError } from '../errors.js';
import { SEARCH_PLACES } from '../config/search-places.js';
import type { Policy } from '../policy/policy.js';
import { defaultPolicy } from '../config/merge-config.js';
import { policyAtRevision, policyFromText } from '../config/revision-policy.js';
import { baselineRepoPath } from '../policy/baseline.js';
import { resolvePolicy } from '../config/resolve-policy.js';
import { engineFor, type Engine } from '../pipeline.js';

export interface TrustedEngine extends Engine {
  /** Repository paths whose change in the PR is itself a finding. */
  policyPaths: string[];
}

/**
 * The policy for a CI run, from a place the PR cannot change: a file outside the checkout the pipeline names, a
 * file inside it read at the base revision, or the config at the base revision (data formats only). Nothing of
 * the PR head is read, let alone run.
 */
export async function loadTrustedEngine(repo: Repository, options: { configFile?: string; revision?: string }): Promise<TrustedEngine> {
  const policyPaths = [...SEARCH_PLACES];
  let policy: Policy = defaultPolicy();
  if (options.configFile !== undefined) {
    const inside = pathInCheckout(repo, options.configFile);
    if (inside === undefined) {
      // The same resolution as everywhere else (extends included), with code refused at every layer.
      policy = await resolvePolicy({ configFile: options.configFile, allowCode: false });
    } else {
      policy = await configAtRevision(repo, options.configFile, inside, options.revision);
      policyPaths.push(inside);
    }
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

/** A --config file inside the checkout is the PR's copy: read the base revision's instead, or refuse. */
async function configAtRevision(repo: Repository, named: string, path: string, revision: string | undefined): Promise<Policy> {
  if (revision === undefined) {
    throw new UsageError(
      `aiguard ci: --config ${named}: the file is inside the checkout and this run has no base revision to read it at; ` +
        'name a file outside the checkout',
    );
  }
  const at = /^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision;
  const text = await showFile(repo, revision, path);
  if (text === undefined) {
    const why = '(the copy in the checkout is not trusted)';
    throw new UsageError(`aiguard ci: --config ${named}: ${path} is not in the base revision ${at} ${why}`);
  }
  return policyFromText(text, path, `${at}:${path}`, 'in CI from the checkout', '--config (a file outside the checkout)');
}

/**
 * The file's path in the repository when it lies inside the checkout, by its name or through symbolic links
 * (a checkout reached by a link, a folder the PR turned into one); undefined when it is outside.
 */
export function pathInCheckout(repo: Repository, file: string): string | undefined {
  if (!repo.root) return undefined;
  const named = resolve(file);
  const candidates = [named];
  for (const real of [() => join(realpathSync(dirname(named)), basename(named)), () => realpathSync(named)]) {
    try {
      candidates.push(real());
    } catch {
      // A path that does not exist holds no file of the checkout.
    }
  }
  let roots = [repo.root];
  try {
    roots = [...new Set([repo.root, realpathSync(repo.root)])];
  } catch {
    // The root git named is the one to compare with.
  }
  for (const candidate of candidates) {
    for (const root of roots) {
      const inside = relative(root, candidate);
      if (inside && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)) return inside.split('\\').join('/');
    }
  }
  return undefined;
}
