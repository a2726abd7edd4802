import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/detect/rule-set.js';
// The compiled rules: builtin-rules.ts reads build/rules.json when the sources run.
import { pathCandidates } from '../../src/detect/compile-rules.js';
import type { CompiledRule, Matchers } from '../../src/detect/compile-rules.js';

// The index lookup without its prefilter: every segment looked up, as the index defines candidates.
function candidatesBySegment(matchers: Matchers, path: string): Set<CompiledRule> {
  const candidates = new Set<CompiledRule>(matchers.pathAlways);
  // Keys are lower-cased: a path matches whatever its letter case.
  for (const segment of path.toLowerCase().split('/')) {
    for (const compiled of matchers.pathBySegment.get(segment) ?? []) candidates.add(compiled);
    for (const entry of matchers.pathByPrefix.get(segment.slice(0, 3)) ?? [])
      if (segment.startsWith(entry.prefix)) candidates.add(entry.rule);
  }
  return candidates;
}

describe('path candidates with the one-expression prefilter', async () => {
  const { rules, matchers } = await loadRuleSet();
  const examplePaths = rules
    .filter((rule) => rule.kind === 'path' || rule.kind === 'settings')
    .flatMap((rule) => [...(rule.examples?.match ?? []), ...(rule.examples?.ignore ?? [])]);
  const keys = [
    ...matchers.pathBySegment.keys(),
    ...[...matchers.pathByPrefix.values()].flatMap((entries) => entries.map((entry) => entry.prefix)),
  ];
  const built = keys.flatMap((key) => [
    key,
    `a/${key}`,
    `${key}/b`,
    `a/${key}/b`,
    `x${key}`,
    `a/${key}x`,
    `a/x${key}/b`,
    key.toUpperCase(),
    key.slice(0, -1),
  ]);
  const paths = [...examplePaths, ...built, '', 'a', 'a/', '/a', 'src/index.ts', 'docs/CLAUDE.md.bak'];

  it('finds exactly the rules the segment index finds', () => {
    expect(examplePaths.length).toBeGreaterThan(10);
    // The first paths are looked up segment by segment; the keys' expression then decides, for these paths too.
    for (const path of [...paths, ...paths.slice(0, 100)])
      expect([path, [...pathCandidates(matchers, path)].map((c) => c.rule.id).sort()]).toEqual([
        path,
        [...candidatesBySegment(matchers, path)].map((c) => c.rule.id).sort(),
      ]);
    expect(matchers.pathKeys.expression).toBeInstanceOf(RegExp);
  });

  it('skips a path no index key occurs in', () => {
    expect(pathCandidates(matchers, 'src/parser/file1.ts').size).toBe(0);
    expect(pathCandidates(matchers, 'CLAUDE.md').size).toBeGreaterThan(0);
  });
});
