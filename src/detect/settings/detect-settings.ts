// Settings subjects: the rules whose paths match pick the analysers; each issue becomes a finding of the
// matching rule whose id ends in the issue's topic.
import type { CommitInfo, Finding } from '../../types.js';
import { type CompiledRule, type Matchers, matchesPath, pathCandidates, pathKeyExpressionOf } from '../compile-rules.js';
import { makeFinding } from '../make-finding.js';
import { settingsAnalyser } from './analysers.js';
import type { SettingsAnalyser, SettingsIssue } from './settings-issue.js';

/** Settings rules that read this path; sources ask through settingsTextWanted, without knowing the rules. */
export function settingsRulesFor(matchers: Matchers, path: string): CompiledRule[] {
  if (!matchers.byKind.has('settings')) return [];
  const rules: CompiledRule[] = [];
  for (const compiled of pathCandidates(matchers, path)) {
    // `external` rules are found by a command from other data (aiguard ci's policy diff), not from the file's text.
    if (compiled.rule.kind === 'settings' && compiled.rule.check !== 'external' && matchesPath(compiled, path)) rules.push(compiled);
  }
  return rules;
}

export function settingsTextWanted(matchers: Matchers): (path: string) => boolean {
  const analysed = (compiled: CompiledRule): boolean => compiled.rule.kind === 'settings' && compiled.rule.check !== 'external';
  if (!(matchers.byKind.get('settings') ?? []).some(analysed)) return () => false;
  if (matchers.pathAlways.some(analysed)) return (path) => settingsRulesFor(matchers, path).length > 0;
  // Sources ask about every path they list: the settings rules' own few keys reject most at once.
  const keys = pathKeyExpressionOf(matchers, analysed);
  return (path) => keys.test(path) && settingsRulesFor(matchers, path).length > 0;
}

/** The checks (analyser names) that settings subjects call for: the only analysers worth loading. */
export function settingsChecksFor(matchers: Matchers, subjects: readonly { type: string; path?: string }[]): Set<string> {
  const checks = new Set<string>();
  for (const subject of subjects) {
    if (subject.type !== 'settings' || subject.path === undefined) continue;
    for (const compiled of settingsRulesFor(matchers, subject.path)) checks.add(compiled.rule.check ?? '');
  }
  return checks;
}

export function detectSettings(matchers: Matchers, subject: { path: string; text: string; commit?: CommitInfo }, out: Finding[]): void {
  const rules = settingsRulesFor(matchers, subject.path);
  if (rules.length === 0) return;
  const checks = new Set(rules.map((compiled) => compiled.rule.check ?? ''));
  for (const check of checks) {
    const analyse = settingsAnalyser(check);
    if (!analyse) throw new Error(`unknown settings check "${check}" (rule ${rules.find((compiled) => compiled.rule.check === check)?.rule.id})`);
    for (const issue of safely(analyse, subject.text, subject.path)) {
      for (const compiled of rules) {
        if (compiled.rule.check !== check || !endsWithTopic(compiled.rule.id, issue.topic)) continue;
        if (issue.tool !== undefined && compiled.rule.tool !== issue.tool) continue;
        out.push(makeFinding(compiled, issue.evidence, { commit: subject.commit, path: subject.path, line: issue.line, field: 'settings' }));
      }
    }
  }
}

/** Hostile input (deep nesting, odd encodings) must not crash a scan: it becomes the file's unparsable finding. */
function safely(analyse: SettingsAnalyser, text: string, path: string): SettingsIssue[] {
  try {
    return analyse(text, path);
  } catch (error) {
    return [{ topic: 'unparsable', line: 1, evidence: `cannot analyse: ${(error as Error).message.split('\n')[0] ?? ''}`.slice(0, 200) }];
  }
}

function endsWithTopic(id: string, topic: string): boolean {
  const name = id.slice(id.indexOf('/') + 1);
  return name === topic || name.endsWith(`-${topic}`);
}
