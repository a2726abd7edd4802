// Settings subjects: the rules whose paths match pick the analysers they name; each issue an analyser reports
// becomes a finding of the rules that name that analyser and that issue (rules/*.yml: analyser, issue).
import type { CommitInfo, Finding } from '../../types.js';
import { type CompiledRule, type Matchers, matchesPath, pathCandidates, pathKeyExpressionOf } from '../compile-rules.js';
import { makeFinding } from '../make-finding.js';
import { settingsAnalyser } from './analysers.js';
import type { SettingsAnalyser, SettingsIssue } from './settings-issue.js';

/** Rules whose analyser reads a file's text; rules `foundBy` a command get their findings from that command. */
const analysed = (compiled: CompiledRule): boolean => compiled.rule.kind === 'settings' && compiled.rule.analyser !== undefined;

/** Settings rules that read this path; sources ask through settingsTextWanted, without knowing the rules. */
export function settingsRulesFor(matchers: Matchers, path: string): CompiledRule[] {
  if (!matchers.byKind.has('settings')) return [];
  const rules: CompiledRule[] = [];
  for (const compiled of pathCandidates(matchers, path)) {
    if (analysed(compiled) && matchesPath(compiled, path)) rules.push(compiled);
  }
  return rules;
}

export function settingsTextWanted(matchers: Matchers): (path: string) => boolean {
  if (!(matchers.byKind.get('settings') ?? []).some(analysed)) return () => false;
  if (matchers.pathAlways.some(analysed)) return (path) => settingsRulesFor(matchers, path).length > 0;
  // Sources ask about every path they list: the settings rules' own few keys reject most at once.
  const keys = pathKeyExpressionOf(matchers, analysed);
  return (path) => keys.test(path) && settingsRulesFor(matchers, path).length > 0;
}

/** The analysers that settings subjects call for: the only ones worth loading. */
export function settingsChecksFor(matchers: Matchers, subjects: readonly { type: string; path?: string }[]): Set<string> {
  const checks = new Set<string>();
  for (const subject of subjects) {
    if (subject.type !== 'settings' || subject.path === undefined) continue;
    for (const compiled of settingsRulesFor(matchers, subject.path)) checks.add(compiled.rule.analyser!);
  }
  return checks;
}

export function detectSettings(matchers: Matchers, subject: { path: string; text: string; commit?: CommitInfo }, out: Finding[]): void {
  const rules = settingsRulesFor(matchers, subject.path);
  if (rules.length === 0) return;
  for (const name of new Set(rules.map((compiled) => compiled.rule.analyser!))) {
    const analyse = settingsAnalyser(name);
    const ruleId = rules.find((compiled) => compiled.rule.analyser === name)?.rule.id;
    if (!analyse) throw new Error(`unknown settings analyser "${name}" (rule ${ruleId})`);
    for (const issue of safely(analyse, subject.text, subject.path)) {
      for (const compiled of rules) {
        if (compiled.rule.analyser !== name || compiled.rule.issue !== issue.issue) continue;
        if (issue.tool !== undefined && compiled.rule.tool !== issue.tool) continue;
        const place = { commit: subject.commit, path: subject.path, line: issue.line, field: 'settings' };
        out.push(makeFinding(compiled, issue.evidence, place));
      }
    }
  }
}

/** Hostile input (deep nesting, odd encodings) must not crash a scan: it becomes the file's unparsable finding. */
function safely(analyse: SettingsAnalyser, text: string, path: string): SettingsIssue[] {
  try {
    return analyse(text, path);
  } catch (error) {
    return [{ issue: 'unparsable', line: 1, evidence: `cannot analyse: ${(error as Error).message.split('\n')[0] ?? ''}`.slice(0, 200) }];
  }
}
