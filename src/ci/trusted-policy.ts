import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { Repository } from '../git/repository.js';
import { pathsInRevision, showFile } from '../git/show-file.js';
import { UsageError } from '../errors.js';
import { SEARCH_PLACES, loadConfigFile, parseDataConfig } from '../policy/load-config.js';
import { validateConfig } from '../policy/validate-config.js';
import { defaultPolicy, mergeConfig, type Config, type Policy } from '../policy/policy.js';
import { checkPolicyIds } from '../policy/resolve-policy.js';
import { loadRuleSet } from '../detect/rule-set.js';
import type { Engine } from '../scan-pipeline.js';

const CODE_EXTENSIONS = new Set(['.js', '.ts', '.mjs', '.cjs']);

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
    const loaded = await loadConfigFile(options.configFile, { allowCode: false });
    policy = mergeConfig(policy, loaded.config, loaded.file);
    const inside = repo.root ? relative(repo.root, resolve(options.configFile)) : '';
    if (inside && !inside.startsWith('..') && !isAbsolute(inside)) policyPaths.push(inside.split('\\').join('/'));
  } else if (options.revision !== undefined) {
    const found = await configAtRevision(repo, options.revision);
    if (found) policy = mergeConfig(policy, found.config, found.label);
  }
  const ruleSet = await loadRuleSet(policy.customRules, policy.source);
  checkPolicyIds(policy, ruleSet.rules);
  return { policy, ruleSet, policyPaths };
}

/** The first config cosmiconfig would find at rev, read with `git show`; a JS/TS one is refused, never run. */
async function configAtRevision(repo: Repository, rev: string): Promise<{ config: Config; label: string } | undefined> {
  const present = await pathsInRevision(repo, rev, SEARCH_PLACES);
  for (const place of SEARCH_PLACES) {
    if (!present.has(place)) continue;
    const label = `${rev.slice(0, 12)}:${place}`;
    if (CODE_EXTENSIONS.has(extname(place))) {
      throw new UsageError(`${label}: a JavaScript config is not loaded in CI (it would run code): use .aiguardrc.json or .aiguardrc.yml, or name a data config with --config`);
    }
    const text = await showFile(repo, rev, place);
    if (text === undefined) continue;
    if (place === 'package.json' && !hasAiguardKey(text)) continue;
    const config = await parseDataConfig(text, place, label);
    validateConfig(config, label);
    return { config: config as Config, label };
  }
  return undefined;
}

export function hasAiguardKey(text: string): boolean {
  try {
    return (JSON.parse(text) as Record<string, unknown>).aiguard !== undefined;
  } catch {
    return false;
  }
}
