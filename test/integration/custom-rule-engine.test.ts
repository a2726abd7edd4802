// A policy's own patterns run on re2js: a regex bomb in customRules cannot stall a scan or a hook, and a pattern
// that needs backtracking (backreference, lookahead) is refused with exit 2 naming the rule.
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';
import { hookEnv, repoWithRemote, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const rule = (id: string, pattern: string, extra: Record<string, unknown> = {}) => ({
  id,
  tool: 'acme',
  kind: 'message',
  severity: 'block',
  description: 'An organisation marker',
  fix: 'Remove it',
  pattern,
  ...extra,
});

describe('custom rules on the linear-time engine', () => {
  it('a catastrophic pattern over a hostile 200 000-character message finishes at once, and still matches', () => {
    const repo = TestRepo.init();
    const customRules = [rule('acme/bomb', '^(a+)+$'), rule('acme/nested', '(x*)*y', { keywords: ['xxx'] })];
    repo.write('.aiguardrc.json', JSON.stringify({ tools: { acme: 'block' }, customRules }));
    const hostile = repo.commit(`${'a'.repeat(200_000)}!\n\n${'x'.repeat(200_000)}\n`);
    const matching = repo.commit('aaaa\n');
    const started = Date.now();
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(Date.now() - started).toBeLessThan(20_000); // V8 would need longer than the age of the universe.
    expect(code).toBe(1);
    expect(report.findings.filter((finding) => finding.ruleId === 'acme/bomb').map((finding) => finding.commit)).toEqual([matching]);
    expect(report.findings.some((finding) => finding.commit === hostile)).toBe(false);
  });

  it('flags, case and multi-line anchors behave as on V8', () => {
    const repo = TestRepo.init();
    const customRules = [
      rule('acme/trailer', '^Pair-Programmed-With:[ \\t]*InternalBot\\b', { keywords: ['internalbot'] }),
      rule('acme/exact', '^Exact Case$', { flags: '-i', keywords: ['exact case'] }),
    ];
    repo.write('.aiguardrc.json', JSON.stringify({ tools: { acme: 'block' }, customRules }));
    const hit = repo.commit('init\n\npair-programmed-with:  InternalBot\n');
    repo.commit('second\n\nSee Pair-Programmed-With: InternalBot in the docs\n');
    const exact = repo.commit('Exact Case\n');
    repo.commit('exact case\n');
    const { report } = runJson(['scan', '--all'], { cwd: repo.dir });
    const found = report.findings.map((finding) => `${finding.ruleId} ${finding.commit}`).sort();
    expect(found).toEqual([`acme/exact ${exact}`, `acme/trailer ${hit}`].sort());
  });

  for (const [name, pattern] of [
    ['a backreference', '(ab)\\1'],
    ['a lookahead', 'foo(?=bar)'],
  ] as const) {
    it(`${name} is refused with exit 2 naming the rule`, () => {
      const repo = TestRepo.init();
      repo.write('.aiguardrc.json', JSON.stringify({ tools: { acme: 'block' }, customRules: [rule('acme/backtracks', pattern)] }));
      repo.commit('init\n');
      const result = runCli(['scan', '--all'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/customRules\.acme\/backtracks: pattern cannot run in linear time/);
    });
  }

  it('the commit-msg hook judges by a custom rule on re2js, through real git commit', () => {
    const { repo } = repoWithRemote();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
    repo.write('.aiguardrc.json', JSON.stringify({ tools: { acme: 'block' }, customRules: [rule('acme/bomb', '^(a+)+$')] })).add();
    const started = Date.now();
    const hostile = runGit(repo, ['commit', '-q', '-F', '-'], { input: `${'a'.repeat(100_000)}!\n` });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(hostile).toMatchObject({ code: 0, stderr: '' });
    const refused = runGit(repo, ['commit', '-q', '--allow-empty', '-m', 'aaaa']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/acme\/bomb/);
  });
});
