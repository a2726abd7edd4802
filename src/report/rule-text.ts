// A finding names its rule; the rule's words live once in the report's rule texts, looked up here by every format.
import type { Finding, Report, Rule, RuleText } from '../types.js';

/**
 * The text of a finding's rule. A rule the map lacks (the pipeline always hands every rule that fired; an audit
 * store's row of a policy's own rule has none) reads as its id, with no fix and no reason: never a crash.
 */
export function ruleTextOf(rules: Report['rules'], finding: Pick<Finding, 'ruleId' | 'tool' | 'kind'>): RuleText {
  const known = rules && Object.hasOwn(rules, finding.ruleId) ? rules[finding.ruleId] : undefined;
  const { ruleId: id, tool, kind } = finding;
  return known ?? { id, tool, kind, description: id, why: '', fix: '', builtin: false };
}

/** What a report keeps of a rule that fired: its words, and whether it is one of aiguard's own. */
export function ruleTextFor(rule: Rule, builtin: boolean): RuleText {
  const { id, tool, kind, description, why, fix } = rule;
  return { id, tool, kind, description, why, fix, builtin };
}
