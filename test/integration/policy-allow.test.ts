import { afterAll, describe, expect, it } from 'vitest';
import { applyAllow } from '../../src/policy/allow.js';
import type { Verdict } from '../../src/types.js';
import { claudeMdVerdict } from '../helpers/verdicts.js';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const finding = (extra: Partial<Verdict> = {}): Verdict => claudeMdVerdict({ fingerprint: 'f', ...extra });

describe('applyAllow', () => {
  const now = new Date('2026-03-10T15:00:00Z');
  const one = async (entry: Parameters<typeof applyAllow>[1][number], f = finding()) => (await applyAllow([f], [entry], now))[0]!;

  it('allows by path glob, with the reason as note', async () => {
    const result = await one({ paths: ['**/CLAUDE.md'], reason: 'kept for the migration' });
    expect(result.status).toBe('allowed');
    expect(result.note).toBe('allowed: kept for the migration');
    expect((await one({ paths: ['docs/**'], reason: 'r' })).status).toBe('blocking');
  });
  it('a path condition never matches a finding without a path', async () => {
    expect((await one({ paths: ['**'], reason: 'r' }, finding({ path: undefined, kind: 'message', evidence: 'x' }))).status).toBe(
      'blocking',
    );
  });
  it('allows by rule id or rule glob', async () => {
    expect((await one({ rules: ['claude-code/claude-md'], reason: 'r' })).status).toBe('allowed');
    expect((await one({ rules: ['claude-code/*'], reason: 'r' })).status).toBe('allowed');
    expect((await one({ rules: ['claude-code/settings-file'], reason: 'r' })).status).toBe('blocking');
  });
  it('allows by full commit id only, never by a prefix', async () => {
    const commit = 'abcdef0123456789abcdef0123456789abcdef01';
    expect((await one({ commits: [commit], reason: 'r' }, finding({ commit }))).status).toBe('allowed');
    expect((await one({ commits: [commit.toUpperCase()], reason: 'r' }, finding({ commit }))).status).toBe('allowed');
    // A prefix (which a forged commit can be ground to share) matches nothing, even if it slipped past the config check.
    expect((await one({ commits: ['abcdef0'], reason: 'r' }, finding({ commit }))).status).toBe('blocking');
    expect((await one({ commits: [`${commit.slice(0, 39)}2`], reason: 'r' }, finding({ commit }))).status).toBe('blocking');
    expect((await one({ commits: [commit], reason: 'r' })).status).toBe('blocking');
  });
  it('allows by evidence regex (case-insensitive)', async () => {
    const trailer = finding({
      kind: 'message',
      path: undefined,
      ruleId: 'claude-code/co-author-trailer',
      evidence: 'Co-Authored-By: Claude <noreply@anthropic.com>',
    });
    expect((await one({ evidence: 'co-authored-by: claude', reason: 'r' }, trailer)).status).toBe('allowed');
    expect((await one({ evidence: '^Generated with', reason: 'r' }, trailer)).status).toBe('blocking');
  });
  it('needs every condition of an entry to match', async () => {
    expect((await one({ paths: ['CLAUDE.md'], rules: ['claude-code/settings-file'], reason: 'r' })).status).toBe('blocking');
    expect((await one({ paths: ['CLAUDE.md'], rules: ['claude-code/claude-md'], reason: 'r' })).status).toBe('allowed');
  });
  it('applies through its expiry day and not after', async () => {
    expect((await one({ paths: ['CLAUDE.md'], reason: 'r', expires: '2026-03-10' })).status).toBe('allowed');
    expect((await one({ paths: ['CLAUDE.md'], reason: 'r', expires: '2026-03-10' })).note).toBe('allowed (until 2026-03-10): r');
    const expired = await one({ paths: ['CLAUDE.md'], reason: 'migration', expires: '2026-03-09' });
    expect(expired.status).toBe('blocking');
    expect(expired.note).toBe('the allow entry "migration" expired on 2026-03-09');
  });
  it('a live entry wins over an expired one', async () => {
    const [result] = await applyAllow(
      [finding()],
      [
        { paths: ['CLAUDE.md'], reason: 'old', expires: '2020-01-01' },
        { rules: ['claude-code/*'], reason: 'new' },
      ],
      now,
    );
    expect(result!.note).toBe('allowed: new');
  });
  it('leaves baselined findings alone', async () => {
    expect((await one({ paths: ['CLAUDE.md'], reason: 'r' }, finding({ status: 'baselined' }))).status).toBe('baselined');
  });
});

describe('allow in a config', () => {
  const repo = TestRepo.init();
  repo.write('CLAUDE.md', 'notes\n').write('docs/CLAUDE.md', 'quoted\n').add().commit('init');
  const config = (allow: unknown[]) => repo.write('.aiguardrc.json', JSON.stringify({ allow }));

  it('an entry expiring today still applies', () => {
    config([{ paths: ['**/CLAUDE.md'], reason: 'migration', expires: day(0) }]);
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings.map((f) => f.status)).toEqual(['allowed', 'allowed']);
  });
  it('an entry that expired yesterday no longer applies, and the finding says so', () => {
    config([{ paths: ['**/CLAUDE.md'], reason: 'migration', expires: day(-1) }]);
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.status)).toEqual(['blocking', 'blocking']);
    expect(report.findings[0]!.note).toBe(`the allow entry "migration" expired on ${day(-1)}`);
    const text = runCli(['scan'], { cwd: repo.dir });
    expect(text.stdout).toContain(`expired on ${day(-1)}`);
  });
  it('only what an entry names is allowed', () => {
    config([{ paths: ['docs/**'], reason: 'the docs quote it' }]);
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(Object.fromEntries(report.findings.map((f) => [f.path, f.status]))).toEqual({
      'CLAUDE.md': 'blocking',
      'docs/CLAUDE.md': 'allowed',
    });
  });

  const errors: [string, unknown[], string][] = [
    ['no reason', [{ paths: ['x'] }], '.aiguardrc.json: allow[0].reason: required'],
    ['an empty reason', [{ paths: ['x'], reason: '  ' }], '.aiguardrc.json: allow[0].reason: required'],
    ['no condition', [{ reason: 'everything' }], '.aiguardrc.json: allow[0]: needs paths, rules, commits or evidence'],
    [
      'a bad evidence regex',
      [
        { paths: ['x'], reason: 'r' },
        { evidence: '(unclosed', reason: 'r' },
      ],
      '.aiguardrc.json: allow[1].evidence: invalid regex: ',
    ],
    ['a bad commit id', [{ commits: ['HEAD~1'], reason: 'r' }], '.aiguardrc.json: allow[0].commits[0]: must match pattern'],
    ['a short commit prefix', [{ commits: ['abcdef0'], reason: 'r' }], '.aiguardrc.json: allow[0].commits[0]: must match pattern'],
    [
      'a 39-digit commit id',
      [{ rules: ['x/*'], commits: ['a'.repeat(40), 'b'.repeat(39)], reason: 'r' }],
      '.aiguardrc.json: allow[0].commits[1]: must match',
    ],
    [
      'a bad expiry',
      [{ paths: ['x'], reason: 'r', expires: '2026-02-31' }],
      '.aiguardrc.json: allow[0].expires: not a calendar date: 2026-02-31',
    ],
    [
      'an expiry that is not a date',
      [{ paths: ['x'], reason: 'r', expires: 'next year' }],
      '.aiguardrc.json: allow[0].expires: must match pattern',
    ],
    ['an unknown key', [{ path: ['x'], reason: 'r' }], '.aiguardrc.json: allow[0].path: unknown key'],
  ];
  for (const [name, allow, message] of errors) {
    it(`${name} is a config error naming the key`, () => {
      config(allow);
      const result = runCli(['scan'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr.startsWith(`aiguard: ${message}`)).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
