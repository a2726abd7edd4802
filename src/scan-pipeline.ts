import type { Finding, Report, Subject } from './types.js';
import type { Matchers } from './detect/compile-rules.js';
import { detectSubject } from './detect/detect-subject.js';
import type { Policy } from './policy/policy.js';
import { applyPolicy, type PolicyContext } from './policy/apply-policy.js';
import { buildReport } from './report/build-report.js';
import { resolvePolicy, checkPolicyIds, type PolicyOptions } from './policy/resolve-policy.js';
import { loadRuleSet, type RuleSet } from './detect/rule-set.js';
import { loadSettingsAnalysers } from './detect/settings/analysers.js';

/** Runs every subject through the matchers; the one place sources meet rules. */
export async function collectFindings(
  matchers: Matchers,
  subjects: Iterable<Subject> | AsyncIterable<Subject>,
  out: Finding[] = [],
): Promise<Finding[]> {
  for await (const subject of subjects) {
    // The parsers load only when a settings file actually turns up.
    if (subject.type === 'settings') await loadSettingsAnalysers();
    detectSubject(matchers, subject, out);
  }
  return out;
}

export interface Engine {
  policy: Policy;
  ruleSet: RuleSet;
}

/** Policy and rules for a run: the config, the built-in packs and the policy's own rules. */
export async function loadEngine(options: PolicyOptions): Promise<Engine> {
  const policy = await resolvePolicy(options);
  const ruleSet = await loadRuleSet(policy.customRules, policy.source);
  checkPolicyIds(policy, ruleSet.rules);
  return { policy, ruleSet };
}

export async function finishReport(findings: Finding[], policy: Policy, commitsScanned: number, context: PolicyContext = { gate: false }): Promise<Report> {
  return buildReport(await applyPolicy(findings, policy, context), commitsScanned);
}
