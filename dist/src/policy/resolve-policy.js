import { UsageError } from '../errors.js';
import { defaultPolicyWithOrigins, mergeConfig } from './policy.js';
import { displayPath, findConfig, loadConfigFile } from './load-config.js';
import { TOOL_IDS } from './tool-ids.js';
/** The default, then each layer of the config's `extends` chain, then the config itself. */
export async function resolvePolicy(options) {
    const loaded = options.configFile
        ? await loadConfigFile(options.configFile, options)
        : options.searchDir
            ? await findConfig(options.searchDir, options)
            : undefined;
    if (!loaded)
        return defaultPolicyWithOrigins();
    const label = options.configFile ?? displayPath(loaded.file);
    let layers = [{ config: loaded.config, label, file: loaded.file }];
    if (loaded.config.extends !== undefined) {
        const { expandExtends } = await import('./extends.js');
        layers = await expandExtends(layers[0], options);
    }
    let policy = defaultPolicyWithOrigins();
    for (const layer of layers)
        policy = mergeConfig(policy, layer.config, undefined, layer.label);
    return { ...policy, source: loaded.file };
}
/** Unknown tool or rule ids in a policy are errors: a typo must not silently switch a rule off. */
export function checkPolicyIds(policy, rules) {
    const fileOf = (key) => policy.origins?.[key] ?? (policy.source ? displayPath(policy.source) : 'config');
    const known = new Set(TOOL_IDS);
    for (const rule of policy.customRules)
        known.add(rule.tool);
    for (const tool of Object.keys(policy.tools)) {
        if (tool !== '*' && !known.has(tool))
            throw new UsageError(`${fileOf(`tools.${tool}`)}: tools.${tool}: unknown tool id`);
    }
    const ruleIds = new Set(rules.map((rule) => rule.id));
    for (const id of Object.keys(policy.rules)) {
        if (!ruleIds.has(id))
            throw new UsageError(`${fileOf(`rules.${id}`)}: rules.${id}: unknown rule id`);
    }
}
