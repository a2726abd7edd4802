// The rule packs as the tests read them: straight from rules/*.yml, and the detector over the compiled rules.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Finding, Rule, Subject } from '../../src/types.js';
import { PROJECT_ROOT } from './git-repo.js';
import { loadRuleSet } from '../../src/detect/rule-set.js';
import { detectAll } from '../../src/pipeline.js';

export const RULES_DIR = join(PROJECT_ROOT, 'rules');

export interface Pack {
  file: string;
  tool: string;
  rules: Rule[];
}

export function loadPacks(): Pack[] {
  return readdirSync(RULES_DIR)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((file) => ({ file, ...(parse(readFileSync(join(RULES_DIR, file), 'utf8')) as { tool: string; rules: Rule[] }) }));
}

export interface Detector {
  rules: Rule[];
  detect(subjects: Subject[]): Promise<Finding[]>;
}

/** The engine as the CLI runs it: built-in rules (build/rules.json, compiled by the build), matchers, detectAll. */
export async function loadDetector(): Promise<Detector> {
  const ruleSet = await loadRuleSet([]);
  return {
    rules: ruleSet.rules,
    detect: (subjects) => detectAll(ruleSet.matchers, subjects, []),
  };
}

/** A concrete file path that a rule's first glob matches (`**` and `*` filled in). */
export function concretePath(glob: string): string {
  return glob
    .replace(/^\*\*\//, '')
    .replace(/\/\*\*\//g, '/')
    .replace(/\*\*$/, 'example.md')
    .replace(/\*/g, 'example')
    .replace(/\{([^,}]*)[^}]*\}/g, '$1');
}
