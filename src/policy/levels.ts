import type { Finding, Level, Rule, Severity, Status, Verdict } from '../types.js';
import type { Policy } from './policy.js';
import { TOOL_IDS } from '../config/tool-ids.js';
import { isPresetName } from '../config/presets.js';

const RANK: Record<Level, number> = { off: 0, info: 1, warn: 2, block: 3 };
const BUILT_IN_TOOLS: ReadonlySet<string> = new Set(TOOL_IDS);

/** How a rule's level is decided, in the words `config print` and docs/policy.md use. */
export const LEVEL_PRECEDENCE =
  "rules.<rule id> sets the level (up or down); else the rule's severity, capped by tools.<tool id>; else by tools.* " +
  '(for a tool id of your own customRules only when your config itself sets tools.*, never by the default or a preset)';

/**
 * A rule's level: its own entry in `rules`, else its severity capped by its tool's level. `*` stands for the tools
 * not named; a tool id of the policy's own rules is capped by `*` only where a config file set it, since the
 * default's and the presets' `*` were written for the built-in tools and would silently cap a rule they never saw.
 */
export function ruleLevel(rule: Pick<Rule, 'id' | 'tool' | 'severity'>, policy: Policy): Level {
  const explicit = policy.rules[rule.id];
  if (explicit) return explicit;
  const starApplies = BUILT_IN_TOOLS.has(rule.tool) || starSetByFile(policy);
  const toolLevel = policy.tools[rule.tool] ?? (starApplies ? (policy.tools['*'] ?? 'warn') : undefined);
  if (toolLevel === undefined) return rule.severity;
  return RANK[toolLevel] < RANK[rule.severity] ? toolLevel : rule.severity;
}

function starSetByFile(policy: Policy): boolean {
  const origin = policy.origins?.['tools.*'];
  return policy.tools['*'] !== undefined && origin !== undefined && origin !== 'default' && !isPresetName(origin);
}

export function statusOf(severity: Severity): Status {
  return severity === 'block' ? 'blocking' : severity === 'warn' ? 'warning' : 'info';
}

/** Gives each finding its level under the policy; findings of rules switched off are dropped. */
export function applyLevels(findings: Finding[], policy: Policy): Verdict[] {
  const result: Verdict[] = [];
  for (const finding of findings) {
    const level = ruleLevel({ id: finding.ruleId, tool: finding.tool, severity: finding.severity }, policy);
    if (level === 'off') continue;
    result.push({ ...finding, severity: level, status: statusOf(level) });
  }
  return result;
}
