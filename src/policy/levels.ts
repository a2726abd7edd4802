import type { Finding, Level, Rule, Severity, Status, Verdict } from '../types.js';
import type { Policy } from './policy.js';

const RANK: Record<Level, number> = { off: 0, info: 1, warn: 2, block: 3 };

/** A rule's level: its own entry in `rules`, else its severity capped by its tool's level. */
export function ruleLevel(rule: Pick<Rule, 'id' | 'tool' | 'severity'>, policy: Policy): Level {
  const explicit = policy.rules[rule.id];
  if (explicit) return explicit;
  const toolLevel = policy.tools[rule.tool] ?? policy.tools['*'] ?? 'warn';
  return RANK[toolLevel] < RANK[rule.severity] ? toolLevel : rule.severity;
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
