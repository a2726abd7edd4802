// The commit prefilter skips, in git log's raw output, commits no rule could match: it must never skip one
// that a rule matches (after normalisation, by path, by a policy's own rule) and must still count every commit.
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/detect/rule-set.js';
import { commitPrefilter, commitPrefilters } from '../../src/detect/commit-prefilter.js';
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

  it('gives each part of a record only the words of the rules that read it', async () => {
    const { matchers } = await loadRuleSet();
    const parts = commitPrefilters(matchers, true)!;
    // A human named Claude is no trailer: the word is a message rule's, not an identity rule's.
    expect(finds(parts.identity, 'Claude Shannon <claude.shannon@example.org>')).toBe(false);
    expect(finds(parts.identity, 'claude[bot] <209825114+claude[bot]@users.noreply.github.com>')).toBe(true);
    expect(finds(parts.message, 'Fix\n\nCo-Authored-By: Claude <noreply@anthropic.com>')).toBe(true);
    expect(finds(parts.changes, 'M\0CLAUDE.md\0')).toBe(true);
    expect(finds(parts.changes, '+Generated with [Claude Code](https://claude.ai)')).toBe(true);
    expect(finds(commitPrefilters(matchers, false)!.changes, '+Generated with [Claude Code](https://claude.ai)')).toBe(false);
    for (const kind of ['message', 'identity', 'content'] as const) {
      const part = kind === 'content' ? parts.changes : parts[kind];
      for (const compiled of matchers.byKind.get(kind) ?? [])
        for (const keyword of compiled.keywords) expect(finds(part, `x ${keyword} y`), keyword).toBe(true);
    }
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
function historyWith(
  traces: Record<number, { message?: string; path?: string; author?: string; content?: string }>,
  commits = 1500,
): TestRepo {
  const repo = TestRepo.init();
  let stream = '';
  for (let i = 0; i < commits; i++) {
    const trace = traces[i] ?? {};
    const message = trace.message ?? `Change the parser (step ${i})\n\nThe parser keeps its state between calls.\n`;
    const author = trace.author ?? 'Ada Lovelace <ada@example.org>';
    const time = 1700000000 + i;
    stream += `commit refs/heads/main\nauthor ${author} ${time} +0000\ncommitter Ada Lovelace <ada@example.org> ${time} +0000\n`;
    stream += `data ${Buffer.byteLength(message)}\n${message}\n`;
    const content = trace.content ?? `line ${i}\n`;
    stream += `M 100644 inline ${trace.path ?? `src/parser/file${i % 40}.ts`}\ndata ${Buffer.byteLength(content)}\n${content}\n`;
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

describe('a commit whose message has a hit still has its changes read when they hold one', () => {
  const trailer = 'Tidy\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';
  const repo = historyWith({
    300: { message: trailer },
    450: { author: 'Claude Shannon <claude.shannon@example.org>', message: trailer },
    500: { author: 'Claude Shannon <claude.shannon@example.org>' },
    600: { message: trailer, path: 'docs/CLAUDE.md' },
    900: { message: trailer, content: 'x\n<!-- Generated with [Claude Code](https://claude.ai/code) -->\n' },
    1200: { message: trailer, content: '// Café — Generated with [Claude Code](https://claude.ai/code)\n' },
  });

  it('finds the path and the added lines beside the trailer, and only the trailer where the changes are plain', () => {
    const { report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(report.summary.commitsScanned).toBe(1500);
    const kinds = (step: number): string[] =>
      report.findings
        .filter((finding) => finding.commitSummary === 'Tidy' && finding.commit === commitAt(repo, step))
        .map((finding) => String(finding.kind))
        .sort();
    expect(kinds(300)).toEqual(['message']);
    expect(kinds(450)).toEqual(['message']);
    expect(report.findings.filter((finding) => finding.commit === commitAt(repo, 500))).toEqual([]);
    expect(kinds(600)).toEqual(['message', 'path']);
    expect(kinds(900)).toEqual(['content', 'message']);
    expect(kinds(1200)).toEqual(['content', 'message']);
  });
});

/** The id of the commit written at a step of historyWith (the first is step 0). */
function commitAt(repo: TestRepo, step: number): string {
  const ids = execFileSync('git', ['rev-list', '--reverse', 'main'], { cwd: repo.dir, encoding: 'utf8' }).trim().split('\n');
  return ids[step]!;
}
