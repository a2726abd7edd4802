import type { Rule } from '../types.js';
import { UsageError } from '../errors.js';
import { builtinRules } from './builtin-rules.js';
import { compileRules, regexFlags, setGlobCompiler, type Matchers } from './compile-rules.js';
import { linearPattern, loadLinearEngine, type TextPattern } from './text-pattern.js';

export interface RuleSet {
  rules: Rule[];
  matchers: Matchers;
}

/** Built-in packs plus a policy's own rules, compiled once for the run. */
export async function loadRuleSet(customRules: Rule[] = [], source = 'config'): Promise<RuleSet> {
  const builtins = builtinRules();
  const known = new Set(builtins.map((rule) => rule.id));
  for (const rule of customRules) {
    if (known.has(rule.id)) throw new UsageError(`${source}: customRules.${rule.id}: the id is taken by a built-in rule`);
    known.add(rule.id);
    if (rule.pattern !== undefined) {
      try {
        new RegExp(rule.pattern, regexFlags(rule.flags));
      } catch (error) {
        throw new UsageError(`${source}: customRules.${rule.id}: invalid pattern: ${(error as Error).message}`);
      }
    }
    if (rule.kind === 'path' && !rule.paths?.length) throw new UsageError(`${source}: customRules.${rule.id}: a path rule needs paths`);
    if (rule.kind !== 'path' && rule.pattern === undefined)
      throw new UsageError(`${source}: customRules.${rule.id}: a ${rule.kind} rule needs a pattern`);
  }
  if (customRules.some((rule) => rule.paths?.length || rule.excludePaths?.length)) {
    setGlobCompiler((await import('micromatch')).default);
  }
  // A policy's patterns run on re2js: a regex bomb in a config (or in a repository it scans) cannot stall a server.
  const patterns = new Map<string, TextPattern>();
  if (customRules.some((rule) => rule.pattern !== undefined)) await loadLinearEngine();
  for (const rule of customRules) {
    if (rule.pattern === undefined) continue;
    patterns.set(rule.id, linearPattern(rule.pattern, regexFlags(rule.flags), `${source}: customRules.${rule.id}`));
  }
  const custom = customRules.map((rule) => ({ ...rule, why: rule.why ?? "A rule of this organisation's policy." }));
  const rules = [...builtins, ...custom];
  return { rules, matchers: compileRules(rules, patterns) };
}
