// What each settings analyser can report (analyser-issues.json). A settings rule names its analyser and one of these
// issues in YAML; scripts/compile-rules.mjs reads the same file and refuses a rule whose analyser or issue is not there.
import table from './analyser-issues.json' with { type: 'json' };

export const ANALYSER_ISSUES: Readonly<Record<AnalyserName, readonly string[]>> = table.analysers;

export type AnalyserName = keyof typeof table.analysers;

/** Settings rules found by a command from data of its own, never from a file's text (aiguard ci diffs the policy files). */
export const FOUND_BY: readonly string[] = table.foundBy;
