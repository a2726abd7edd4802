import type { Rule } from '../types.js';
import { UsageError } from '../errors.js';
import type { Policy } from '../policy/policy.js';
import { defaultPolicyWithOrigins, mergeConfig } from './merge-config.js';
import type { LoadOptions } from './load-config.js';
import { displayPath } from './display-path.js';
import { findConfig } from './find-config.js';
import { trustFromEnvironment } from './trust.js';
import { TOOL_IDS } from './tool-ids.js';

export interface PolicyOptions extends LoadOptions {
  /** --config F, or AIGUARD_CONFIG where the command honours it. */
  configFile?: string;
  /** The repository root: the search for a config when none is named goes no higher. */
  searchDir?: string;
  /** Where that search starts (the folder scanned, the current directory); default searchDir. */
  startDir?: string;
}

/** The default, then each layer of the config's `extends` chain, then the config itself. */
export async function resolvePolicy(given: PolicyOptions): Promise<Policy> {
  const options = { ...given, trustCode: given.trustCode ?? trustFromEnvironment() };
  const loaded = options.configFile
    ? await (await import('./load-config.js')).loadConfigFile(options.configFile, { ...options, named: true })
    : options.searchDir
      ? await findConfig(options.startDir ?? options.searchDir, options.searchDir, options)
      : undefined;
  if (!loaded) return defaultPolicyWithOrigins();
  const label = options.configFile ?? displayPath(loaded.file);
  let layers: { config: typeof loaded.config; label: string; file?: string }[] = [{ config: loaded.config, label, file: loaded.file }];
  if (loaded.config.extends !== undefined) {
    const { expandExtends } = await import('./extends.js');
    layers = await expandExtends(layers[0]!, options);
  }
  let policy = defaultPolicyWithOrigins();
  for (const layer of layers) policy = mergeConfig(policy, layer.config, undefined, layer.label);
  return { ...policy, source: loaded.file };
}

/** Unknown tool or rule ids in a policy are errors: a typo must not silently switch a rule off. */
export function checkPolicyIds(policy: Policy, rules: Rule[]): void {
  const fileOf = (key: string) => policy.origins?.[key] ?? (policy.source ? displayPath(policy.source) : 'config');
  const known = new Set<string>(TOOL_IDS);
  for (const rule of policy.customRules) known.add(rule.tool);
  for (const tool of Object.keys(policy.tools)) {
    if (tool !== '*' && !known.has(tool)) throw new UsageError(`${fileOf(`tools.${tool}`)}: tools.${tool}: unknown tool id`);
  }
  const ruleIds = new Set(rules.map((rule) => rule.id));
  for (const id of Object.keys(policy.rules)) {
    if (!ruleIds.has(id)) throw new UsageError(`${fileOf(`rules.${id}`)}: rules.${id}: unknown rule id`);
  }
}
