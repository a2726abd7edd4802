// The server's policy: --config, AIGUARD_CONFIG, else the data config on the default branch, else the default — never the pushed one.
import type { Repository } from '../git/repository.js';
import { runGit, splitZ, firstLine } from '../git/run-git.js';
import { UsageError } from '../errors.js';
import { loadEngine, type Engine } from '../scan-pipeline.js';
import { SEARCH_PLACES, parseDataConfig } from '../policy/load-config.js';
import { validateConfig } from '../policy/validate-config.js';
import { defaultPolicy, mergeConfig, type Config } from '../policy/policy.js';
import { loadRuleSet } from '../detect/rule-set.js';
import { checkPolicyIds } from '../policy/resolve-policy.js';
import type { HookContext } from './hook-context.js';

const CODE_CONFIG = /\.(?:js|ts|mjs|cjs)$/;

export async function loadServerEngine(context: HookContext, repo: Repository): Promise<Engine> {
  // A server-side hook never runs code from the repository: a named config must be data too.
  if (context.configFile) return loadEngine({ configFile: context.configFile, allowCode: false });
  if (!repo.hasHead) return loadEngine({});
  const file = await defaultBranchConfigFile(repo);
  if (!file) return loadEngine({});
  const label = `HEAD:${file}`;
  const blob = await runGit(['cat-file', 'blob', label], repo.cwd);
  if (blob.code !== 0) throw new UsageError(`git cat-file blob ${label}: ${firstLine(blob.stderr) || `exit ${blob.code}`}`);
  const config = await parseDataConfig(blob.stdout.toString('utf8'), file, label);
  validateConfig(config, label);
  const policy = mergeConfig(defaultPolicy(), config as Config, label);
  const ruleSet = await loadRuleSet(policy.customRules, label);
  checkPolicyIds(policy, ruleSet.rules);
  return { policy, ruleSet };
}

/** The first of cosmiconfig's places present on the default branch; a JavaScript config there is refused, not skipped. */
async function defaultBranchConfigFile(repo: Repository): Promise<string | undefined> {
  const listing = await runGit(['ls-tree', '-z', '--name-only', '--full-tree', 'HEAD', '--', ...SEARCH_PLACES], repo.cwd);
  if (listing.code !== 0) throw new UsageError(`git ls-tree HEAD: ${firstLine(listing.stderr) || `exit ${listing.code}`}`);
  const present = new Set(splitZ(listing.stdout.toString('utf8')));
  for (const place of SEARCH_PLACES) {
    if (!present.has(place)) continue;
    if (place === 'package.json' && !(await packageHasConfig(repo))) continue;
    if (CODE_CONFIG.test(place)) {
      throw new UsageError(`HEAD:${place}: a JavaScript config is not loaded by the server hook; set --config or AIGUARD_CONFIG to a JSON or YAML policy`);
    }
    return place;
  }
  return undefined;
}

async function packageHasConfig(repo: Repository): Promise<boolean> {
  const blob = await runGit(['cat-file', 'blob', 'HEAD:package.json'], repo.cwd);
  try {
    return (JSON.parse(blob.stdout.toString('utf8')) as Record<string, unknown>).aiguard !== undefined;
  } catch {
    return false;
  }
}
