// The commit prefilter skips, in git log's raw output, commits no rule could match: it must never skip one
// that a rule matches (after normalisation, by path, by a policy's own rule) and must still count every commit.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/detect/rule-set.js';
import { commitPrefilter } from '../../src/detect/commit-prefilter.js';
import { TestRepo, cleanupTempDirs, runJson } from '../helpers/git-repo.js';
import type { Rule } from '../../src/types.js';

afterAll(cleanupTempDirs);

const finds = (expression: RegExp, text: string): boolean => {
  expression.lastIndex = 0;
  return expression.test(text.toLowerCase());
};

describe('commitPrefilter', () => {
  it('finds every keyword and path key of the built-in rules, and nothing in plain commits', async () => {
    const { matchers } = await loadRuleSet();
    const expression = commitPrefilter(matchers, true)!;
    expect(expression.flags).toContain('g');
    for (const text of [
      'Co-Authored-By: Claude <noreply@anthropic.com>',
      'M\0CLAUDE.md\0',
      'A\0x/.cursor/rules/a.mdc\0',
      '+Generated with [Claude Code](https://claude.ai)',
    ]) {
      expect(finds(expression, text), text).toBe(true);
    }
    expect(finds(expression, 'Fix the parser\0Ada Lovelace <ada@example.org>\0M\0src/parser/file12.ts\0')).toBe(false);
    // Every keyword of every commit kind, and every path index key, is in it.
    for (const kind of ['message', 'identity', 'content'] as const) {
      for (const compiled of matchers.byKind.get(kind) ?? [])
        for (const keyword of compiled.keywords) expect(finds(expression, `x ${keyword} y`), keyword).toBe(true);
    }
    for (const key of matchers.pathBySegment.keys()) expect(finds(expression, `a/${key}\0`), key).toBe(true);
  });

  const custom = (rule: Partial<Rule>): Rule =>
    ({ id: 'org/x', tool: 'generic', severity: 'block', description: 'd', why: 'w', fix: 'f', ...rule }) as Rule;

  it('is off when a rule has no keywords or a path glob has no index key', async () => {
    expect(commitPrefilter((await loadRuleSet([custom({ kind: 'message', pattern: 'ticket-\\d+' })])).matchers, false)).toBeUndefined();
    expect(commitPrefilter((await loadRuleSet([custom({ kind: 'identity', pattern: 'bot' })])).matchers, false)).toBeUndefined();
    expect(commitPrefilter((await loadRuleSet([custom({ kind: 'path', paths: ['**/*.gen'] })])).matchers, false)).toBeUndefined();
    // Content rules matter only when added lines are read.
    const content = (await loadRuleSet([custom({ kind: 'content', pattern: 'xyz' })])).matchers;
    expect(commitPrefilter(content, true)).toBeUndefined();
    expect(commitPrefilter(content, false)).toBeInstanceOf(RegExp);
  });
});

/** Many plain commits (git log's output spans many chunks) with a few traces among them, in one fast-import. */
function historyWith(traces: Record<number, { message?: string; path?: string; author?: string }>, commits = 1500): TestRepo {
  const repo = TestRepo.init();
  let stream = '';
  for (let i = 0; i < commits; i++) {
    const trace = traces[i] ?? {};
    const message = trace.message ?? `Change the parser (step ${i})\n\nThe parser keeps its state between calls.\n`;
    const author = trace.author ?? 'Ada Lovelace <ada@example.org>';
    const time = 1700000000 + i;
    stream += `commit refs/heads/main\nauthor ${author} ${time} +0000\ncommitter Ada Lovelace <ada@example.org> ${time} +0000\n`;
    stream += `data ${Buffer.byteLength(message)}\n${message}\n`;
    const content = `line ${i}\n`;
    stream += `M 100644 inline ${trace.path ?? `src/parser/file${i % 40}.ts`}\ndata ${content.length}\n${content}\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream });
  return repo;
}

describe('scan --all with the prefilter', () => {
  const repo = historyWith({
    100: { message: 'Tidy\n\nＧｅｎｅｒａｔｅｄ ｗｉｔｈ [Claude Code](https://claude.ai/code)\n' },
    400: { message: 'Tidy\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' },
    700: { path: 'docs/CLAUDE.md' },
    1000: { author: 'claude[bot] <209825114+claude[bot]@users.noreply.github.com>' },
    1300: { message: 'Ticket-42: tidy\n' },
  });

  it('finds traces that only normalisation reveals, paths and identities, and counts every commit', () => {
    for (const args of [['--all'], ['--all', '--no-content']]) {
      const { report } = runJson(['scan', ...args], { cwd: repo.dir });
      expect(report.summary.commitsScanned).toBe(1500);
      const summaries = report.findings.map((finding) => `${finding.kind} ${finding.commitSummary}`);
      expect(summaries).toContain('message Tidy');
      expect(report.findings.filter((finding) => finding.kind === 'message')).toHaveLength(2);
      expect(report.findings.some((finding) => finding.kind === 'path' && finding.path === 'docs/CLAUDE.md')).toBe(true);
      expect(report.findings.some((finding) => finding.kind === 'identity')).toBe(true);
    }
  });

  it("finds what a policy's own rule without keywords matches (the prefilter is off)", () => {
    repo.write(
      '.aiguardrc.json',
      JSON.stringify({
        customRules: [
          {
            id: 'org/ticket',
            tool: 'generic',
            kind: 'message',
            severity: 'block',
            description: 'A ticket reference',
            fix: 'f',
            pattern: 'ticket-\\d+',
          },
        ],
      }),
    );
    const { report } = runJson(['scan', '--all', '--no-content'], { cwd: repo.dir });
    expect(report.findings.filter((finding) => finding.ruleId === 'org/ticket').map((finding) => finding.commitSummary)).toEqual([
      'Ticket-42: tidy',
    ]);
    expect(report.summary.commitsScanned).toBe(1500);
  });
});
