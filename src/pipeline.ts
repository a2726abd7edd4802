// The one pipeline every command runs: sources → detect → policy → report.
import type { CommitPrefilter } from './detect/commit-prefilter.js';
import type { Finding, Report, RuleText, Subject, Verdict } from './types.js';
import { pathCandidates, pathKeysOf, type Matchers } from './detect/compile-rules.js';
import type { Source, SourceNeeds } from './sources/source.js';
import type { Policy } from './policy/policy.js';
import type { Baseline } from './policy/baseline.js';
import { detectSubject } from './detect/detect-subject.js';
import { applyPolicy, type PolicyContext } from './policy/apply-policy.js';
import { buildReport } from './report/build-report.js';
import { ruleTextFor } from './report/rule-text.js';
import { resolvePolicy, checkPolicyIds, type PolicyOptions } from './config/resolve-policy.js';
import { loadRuleSet, type RuleSet } from './detect/rule-set.js';
import { loadSettingsAnalysers } from './detect/settings/analysers.js';
import { settingsChecksFor, settingsTextWanted } from './detect/settings/detect-settings.js';
import { profiling, addTime, clock } from './util/profile.js';

export interface Engine {
  policy: Policy;
  ruleSet: RuleSet;
}

/** Policy and rules for a run: the config, the built-in packs and the policy's own rules. */
export async function loadEngine(options: PolicyOptions): Promise<Engine> {
  return engineFor(await resolvePolicy(options));
}

/** The rules a resolved policy runs with (built-in packs and its own), every id it names checked: the one engine builder. */
export async function engineFor(policy: Policy): Promise<Engine> {
  const ruleSet = await loadRuleSet(policy.customRules, policy.source);
  checkPolicyIds(policy, ruleSet.rules);
  return { policy, ruleSet };
}

export interface PipelineContext extends Omit<PolicyContext, 'baseline'> {
  /** The baseline to judge by; default: the policy's file in repoDir; false: none (CI without a base). */
  baseline?: Baseline | false;
  /** Called once per commit a history source reads (the progress line). */
  onCommit?: () => void;
  /** Findings made outside detect (a change to the policy file), judged with the rest. */
  extraFindings?: Promise<Finding[]> | Finding[];
}

export interface PipelineResult {
  report: Report;
  /** What detect found, before the policy: `aiguard baseline` records these. */
  findings: Finding[];
  commitsScanned: number;
}

/** Reads every source through detect, then judges the findings under the policy; every source is stopped however it ends. */
export async function runPipeline(engine: Engine, sources: readonly Source[], context: PipelineContext): Promise<PipelineResult> {
  try {
    const { findings, commitsScanned } = await detectSources(engine.ruleSet.matchers, sources, context.onCommit);
    if (context.extraFindings) findings.push(...(await context.extraFindings));
    // Nothing found, nothing to judge: allow, ignore and baseline load only for a finding.
    const verdicts =
      findings.length === 0 ? [] : await applyPolicy(findings, engine.policy, await policyContextFor(engine.policy, findings, context));
    return { report: buildReport(verdicts, commitsScanned, ruleTexts(engine, verdicts)), findings, commitsScanned };
  } finally {
    for (const source of sources) source.stop();
  }
}

/** The text of each rule that fired, for the reports (they format what they are given and load no rules). */
function ruleTexts(engine: Engine, verdicts: readonly Verdict[]): Record<string, RuleText> {
  const texts: Record<string, RuleText> = {};
  const custom = new Set(engine.policy.customRules.map((rule) => rule.id));
  for (const { ruleId } of verdicts) {
    const rule = engine.ruleSet.matchers.rules.get(ruleId)?.rule;
    if (rule && !texts[ruleId]) texts[ruleId] = ruleTextFor(rule, !custom.has(ruleId));
  }
  return texts;
}

/** Findings of every source, in source order; the commits the history sources read. */
export async function detectSources(
  matchers: Matchers,
  sources: readonly Source[],
  onCommit?: () => void,
): Promise<{ findings: Finding[]; commitsScanned: number }> {
  let commitsScanned = 0;
  const needs: SourceNeeds = {
    wantsText: settingsTextWanted(matchers),
    pathWanted: (path) => pathCandidates(matchers, path).size > 0,
    // Only a tree's listing asks: a hook or a history never makes them.
    get pathKeys() {
      return pathKeysOf(matchers);
    },
    contentKeywords: matchers.contentKeywords,
    commitPrefilter: (content) => prefilterOf(matchers, content),
    onCommit: () => {
      commitsScanned++;
      onCommit?.();
    },
  };
  const findings: Finding[] = [];
  for (const source of sources) await detectAll(matchers, await source.read(needs), findings);
  return { findings, commitsScanned };
}

// Loaded only when a history source asks: a pre-commit hook never needs it.
async function prefilterOf(matchers: Matchers, content: boolean): Promise<CommitPrefilter | undefined> {
  return (await import('./detect/commit-prefilter.js')).commitPrefilters(matchers, content);
}

type Subjects = Iterable<Subject> | AsyncIterable<Subject | Subject[]>;

/** Runs every subject through the matchers; streams may yield batches. */
export async function detectAll(matchers: Matchers, subjects: Subjects, out: Finding[] = []): Promise<Finding[]> {
  const detect = profiling ? detectProfiled : detectSubject;
  const detectBatch = async (batch: readonly Subject[]): Promise<void> => {
    // A parser loads only when a settings file that needs it actually turns up.
    if (batch.some((subject) => subject.type === 'settings')) await loadSettingsAnalysers(settingsChecksFor(matchers, batch));
    for (const subject of batch) detect(matchers, subject, out);
  };
  // A list needs no await a subject (20,000 paths of a tree would cost 20,000 microtasks).
  if (Symbol.iterator in subjects) await detectBatch([...subjects]);
  else for await (const item of subjects) await detectBatch(Array.isArray(item) ? item : [item]);
  return out;
}

function detectProfiled(matchers: Matchers, subject: Subject, out: Finding[]): void {
  const started = clock();
  detectSubject(matchers, subject, out);
  addTime('matching (detect)', clock() - started);
}

/** The baseline (read only when something was found) and the patch ids of the commits its commit entries could cover. */
async function policyContextFor(policy: Policy, findings: Finding[], context: PipelineContext): Promise<PolicyContext> {
  const { baseline: given, extraFindings: _extra, onCommit: _onCommit, ...rest } = context;
  if (given === false || policy.baseline === false) return rest;
  const { baselinePath, commitsToIdentify, readBaseline } = await import('./policy/baseline.js');
  let baseline = given;
  let baselineLabel = context.baselineLabel;
  if (baseline === undefined && context.repoDir) {
    baselineLabel = policy.baseline;
    baseline = readBaseline(baselinePath(context.repoDir, policy.baseline)!, baselineLabel);
  }
  if (!baseline) return rest;
  const commits = context.patchIds ? [] : commitsToIdentify(findings, baseline);
  if (commits.length === 0) return { ...rest, baseline, baselineLabel };
  const { patchIds } = await import('./git/patch-ids.js');
  return { ...rest, baseline, baselineLabel, patchIds: await patchIds(context.repoDir ?? '.', commits) };
}
