import type { Finding, Report, Subject } from './types.js';
import type { Matchers } from './detect/compile-rules.js';
import { detectSubject } from './detect/detect-subject.js';
import type { Policy } from './policy/policy.js';
import { applyPolicy, type PolicyContext } from './policy/apply-policy.js';
import { buildReport } from './report/build-report.js';
import { resolvePolicy, checkPolicyIds, type PolicyOptions } from './config/resolve-policy.js';
import { loadRuleSet, type RuleSet } from './detect/rule-set.js';
import { loadSettingsAnalysers } from './detect/settings/analysers.js';
import { settingsChecksFor } from './detect/settings/detect-settings.js';
import { profiling, addTime, clock } from './util/profile.js';
import { settingsTextWanted } from './detect/settings/detect-settings.js';
import type { Repository } from './git/repository.js';
import type { TextSource } from './sources/settings-text.js';

type Subjects = Iterable<Subject> | AsyncIterable<Subject | Subject[]>;

/** Runs every subject through the matchers; the one place sources meet rules. Streams may yield batches. */
export async function collectFindings(matchers: Matchers, subjects: Subjects, out: Finding[] = []): Promise<Finding[]> {
  const detect = profiling ? detectProfiled : detectSubject;
  // A list needs no await a subject (20,000 paths of a tree would cost 20,000 microtasks).
  if (Symbol.iterator in subjects) {
    const list = [...subjects];
    // A parser loads only when a settings file that needs it actually turns up.
    if (list.some((subject) => subject.type === 'settings')) await loadSettingsAnalysers(settingsChecksFor(matchers, list));
    for (const subject of list) detect(matchers, subject, out);
    return out;
  }
  for await (const item of subjects) {
    const batch = Array.isArray(item) ? item : [item];
    if (batch.some((subject) => subject.type === 'settings')) await loadSettingsAnalysers(settingsChecksFor(matchers, batch));
    for (const subject of batch) detect(matchers, subject, out);
  }
  return out;
}

/**
 * collectFindings plus the settings files among the subjects, their text read from `source` (the work tree,
 * the index or each commit). A list loads no reader unless it names a settings file; the reader is closed however the scan ends.
 */
export async function collectWithSettings(repo: Repository, matchers: Matchers, subjects: Subjects, source: TextSource, out: Finding[] = []): Promise<Finding[]> {
  const wants = settingsTextWanted(matchers);
  if (Symbol.iterator in subjects) {
    const list = [...subjects];
    await collectFindings(matchers, list, out);
    if (!list.some((subject) => subject.type === 'path' && !subject.symlink && wants(subject.path))) return out;
    const { settingsSubjectsFor, settingsTextReader } = await import('./sources/settings-text.js');
    const reader = settingsTextReader(repo, source);
    try {
      return await collectFindings(matchers, await settingsSubjectsFor(list, wants, reader.read), out);
    } finally {
      reader.close();
    }
  }
  const { withSettingsText, settingsTextReader } = await import('./sources/settings-text.js');
  const reader = settingsTextReader(repo, source);
  try {
    return await collectFindings(matchers, withSettingsText(subjects, wants, reader.read), out);
  } finally {
    reader.close();
  }
}

function detectProfiled(matchers: Matchers, subject: Subject, out: Finding[]): void {
  const started = clock();
  detectSubject(matchers, subject, out);
  addTime('matching (detect)', clock() - started);
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
