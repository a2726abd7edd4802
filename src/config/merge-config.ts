import type { Config, Policy } from '../policy/policy.js';

/** With no config at all: Claude Code blocks, every other tool warns, tool-neutral signals inform. */
export function defaultPolicy(): Policy {
  return {
    tools: { 'claude-code': 'block', generic: 'info', aiguard: 'block', '*': 'warn' },
    rules: {},
    customRules: [],
    allow: [],
    ignore: ['node_modules/**', '**/node_modules/**', 'vendor/**', '**/vendor/**', 'third_party/**', '**/third_party/**'],
    trustCommitDates: false,
    baseline: '.aiguard-baseline.json',
    onViolation: 'block',
  };
}

/** Merges a config over a policy: maps merge key by key, lists add up, scalars replace. */
export function mergeConfig(policy: Policy, config: Config, source?: string, label = source): Policy {
  return {
    origins: label === undefined ? policy.origins : recordOrigins({ ...policy.origins }, policy, config, label),
    name: config.name ?? policy.name,
    source: source ?? policy.source,
    tools: { ...policy.tools, ...config.tools },
    rules: { ...policy.rules, ...config.rules },
    customRules: [...policy.customRules, ...(config.customRules ?? [])],
    allow: [...policy.allow, ...(config.allow ?? [])],
    ignore: config.ignore ?? policy.ignore,
    effective: config.effective ?? policy.effective,
    trustCommitDates: config.trustCommitDates ?? policy.trustCommitDates,
    scope: config.scope ?? policy.scope,
    baseline: config.baseline ?? policy.baseline,
    onViolation: config.message?.onViolation ?? policy.onViolation,
  };
}

/** The keys a config sets, each named by the file (or preset) that set it last. */
function recordOrigins(origins: Record<string, string>, before: Policy, config: Config, label: string): Record<string, string> {
  for (const key of ['name', 'effective', 'trustCommitDates', 'scope', 'ignore', 'baseline'] as const) {
    if (config[key] !== undefined) origins[key] = label;
  }
  if (config.message?.onViolation !== undefined) origins['message.onViolation'] = label;
  for (const tool of Object.keys(config.tools ?? {})) origins[`tools.${tool}`] = label;
  for (const rule of Object.keys(config.rules ?? {})) origins[`rules.${rule}`] = label;
  for (const rule of config.customRules ?? []) origins[`customRules.${rule.id}`] = label;
  (config.allow ?? []).forEach((_, index) => (origins[`allow[${before.allow.length + index}]`] = label));
  return origins;
}

/** The built-in default with every value marked as coming from it. */
export function defaultPolicyWithOrigins(): Policy {
  const policy = defaultPolicy();
  const origins: Record<string, string> = {};
  for (const key of ['ignore', 'baseline', 'trustCommitDates'] as const) origins[key] = 'default';
  origins['message.onViolation'] = 'default';
  for (const tool of Object.keys(policy.tools)) origins[`tools.${tool}`] = 'default';
  return { ...policy, origins };
}
