import type { Rule } from '../types.js';
import { UsageError } from '../errors.js';
import { defaultPolicy, mergeConfig, type Policy } from './policy.js';
import { findConfig, loadConfigFile, type LoadOptions } from './load-config.js';
import { TOOL_IDS } from './tool-ids.js';

export interface PolicyOptions extends LoadOptions {
  /** --config F, or AIGUARD_CONFIG where the command honours it. */
  configFile?: string;
  /** Where to look for a config when none is named: the repository root. */
  searchDir?: string;
}

export async function resolvePolicy(options: PolicyOptions): Promise<Policy> {
  const loaded = options.configFile
    ? await loadConfigFile(options.configFile, options)
    : options.searchDir
      ? await findConfig(options.searchDir, options)
      : undefined;
  if (!loaded) return defaultPolicy();
  return mergeConfig(defaultPolicy(), loaded.config, loaded.file);
}

/** Unknown tool or rule ids in a policy are errors: a typo must not silently switch a rule off. */
export function checkPolicyIds(policy: Policy, rules: Rule[]): void {
  const file = policy.source ?? 'config';
  const known = new Set<string>(TOOL_IDS);
  for (const rule of policy.customRules) known.add(rule.tool);
  for (const tool of Object.keys(policy.tools)) {
    if (tool !== '*' && !known.has(tool)) throw new UsageError(`${file}: tools.${tool}: unknown tool id`);
  }
  const ruleIds = new Set(rules.map((rule) => rule.id));
  for (const id of Object.keys(policy.rules)) {
    if (!ruleIds.has(id)) throw new UsageError(`${file}: rules.${id}: unknown rule id`);
  }
}
