import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, runJson } from './helpers/git-repo.js';

afterAll(cleanupTempDirs);

const trailer = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

function adoptedRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.write('CLAUDE.md', 'notes\n').add().commit(`first${trailer}`, { date: '2024-01-01T10:00:00+00:00' });
  repo.write('src/a.ts', 'a\n').add().commit('second', { date: '2024-01-02T10:00:00+00:00' });
  repo.git('checkout', '-q', '-b', 'side');
  repo.write('.claude/settings.json', '{}\n').add().commit(`side work${trailer}`, { date: '2024-01-03T10:00:00+00:00' });
  repo.git('checkout', '-q', 'main');
  return repo;
}

type Entry = { rule: string; path?: string; evidence?: string; fingerprint: string };
const entries = (repo: TestRepo, file = '.aiguard-baseline.json') => (JSON.parse(readFileSync(join(repo.dir, file), 'utf8')) as { entries: Entry[] }).entries;

describe('aiguard baseline', () => {
  it('records the tree and all history (every ref), readable and without commit ids', () => {
    const repo = adoptedRepo();
    const result = runCli(['baseline'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^aiguard: 3 entries in \.aiguard-baseline\.json \(3 new; tree and 3 commits scanned\)\n$/);
    const recorded = entries(repo);
    expect(recorded.map((entry) => [entry.rule, entry.path ?? entry.evidence])).toEqual([
      ['claude-code/claude-md', 'CLAUDE.md'],
      ['claude-code/co-author-trailer', 'Co-Authored-By: Claude <noreply@anthropic.com>'],
      ['claude-code/settings-file', '.claude/settings.json'],
    ]);
    expect(Object.keys(recorded[0]!)).toEqual(['rule', 'path', 'fingerprint']);
    const text = readFileSync(join(repo.dir, '.aiguard-baseline.json'), 'utf8');
    for (const id of repo.git('rev-list', '--all').trim().split('\n')) expect(text).not.toContain(id.slice(0, 7));
  });

  it('scans pass on baselined findings and fail on new ones', () => {
    const repo = adoptedRepo();
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).code).toBe(1);
    runCli(['baseline'], { cwd: repo.dir });
    const all = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(all.code).toBe(0);
    expect(new Set(all.report.findings.map((f) => f.status))).toEqual(new Set(['baselined']));
    expect(all.report.findings[0]!.note).toBe('recorded in .aiguard-baseline.json');
    repo.write('CLAUDE.local.md', 'mine\n').add().commit('new');
    const after = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(after.code).toBe(1);
    expect(after.report.findings.filter((f) => f.status === 'blocking').map((f) => f.path)).toEqual(['CLAUDE.local.md']);
  });

  it('survives git rebase --root with new committer dates', () => {
    const repo = adoptedRepo();
    runCli(['baseline'], { cwd: repo.dir });
    repo.add('.aiguard-baseline.json').commit('adopt the AI tool policy');
    const before = repo.git('log', '--format=%H %cI').trim().split('\n');
    repo.env.GIT_COMMITTER_DATE = '2030-05-05T12:00:00+03:00';
    repo.git('rebase', '-q', '--root', '--force-rebase', '--ignore-date');
    delete repo.env.GIT_COMMITTER_DATE;
    const after = repo.git('log', '--format=%H %cI').trim().split('\n');
    expect(after).toHaveLength(before.length);
    for (const [index, line] of after.entries()) {
      expect(line.split(' ')[0]).not.toBe(before[index]!.split(' ')[0]);
      expect(line.split(' ')[1]).toBe('2030-05-05T12:00:00+03:00');
    }
    const { code, report } = runJson(['scan', '--range', 'main'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.status === 'baselined')).toBe(true);
  });

  it('a squash keeps the entries valid too', () => {
    const repo = adoptedRepo();
    runCli(['baseline'], { cwd: repo.dir });
    repo.git('reset', '-q', '--soft', repo.git('rev-list', '--max-parents=0', 'HEAD').trim());
    repo.commit(`squashed${trailer}`);
    expect(runCli(['scan', '--range', 'main'], { cwd: repo.dir }).code).toBe(0);
  });

  it('keeps old entries by default and drops them with --prune', () => {
    const repo = adoptedRepo();
    runCli(['baseline'], { cwd: repo.dir });
    repo.git('branch', '-q', '-D', 'side');
    const kept = runCli(['baseline'], { cwd: repo.dir });
    expect(kept.stdout).toMatch(/3 entries in \.aiguard-baseline\.json \(0 new;/);
    const pruned = runCli(['baseline', '--prune'], { cwd: repo.dir });
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toMatch(/2 entries in \.aiguard-baseline\.json \(0 new, 1 pruned;/);
    expect(entries(repo).map((entry) => entry.rule)).toEqual(['claude-code/claude-md', 'claude-code/co-author-trailer']);
  });

  it('does not record what an allow entry covers, so the exception still expires', () => {
    const repo = adoptedRepo();
    repo.write('.aiguardrc.json', JSON.stringify({ allow: [{ paths: ['CLAUDE.md'], reason: 'migration', expires: '2099-01-01' }] }));
    runCli(['baseline'], { cwd: repo.dir });
    expect(entries(repo).map((entry) => entry.rule)).not.toContain('claude-code/claude-md');
  });

  it('uses the file the policy names, and never reports the baseline file itself', () => {
    const repo = adoptedRepo();
    repo.write('.aiguardrc.json', JSON.stringify({ baseline: 'policy/ai-baseline.json' }));
    repo.write('policy/.keep', '');
    expect(runCli(['baseline'], { cwd: repo.dir }).code).toBe(0);
    expect(existsSync(join(repo.dir, '.aiguard-baseline.json'))).toBe(false);
    expect(entries(repo, 'policy/ai-baseline.json')).toHaveLength(3);
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings.map((f) => f.path)).not.toContain('policy/ai-baseline.json');
  });

  it('a policy without baseline ignores the file and refuses to write one', () => {
    const repo = adoptedRepo();
    runCli(['baseline'], { cwd: repo.dir });
    repo.write('.aiguardrc.json', JSON.stringify({ baseline: false }));
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(1);
    const result = runCli(['baseline'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.json: baseline: false (the policy turns baselines off)\n');
  });

  it('works in a repository without commits', () => {
    const repo = TestRepo.init();
    repo.write('CLAUDE.md', 'x\n');
    const result = runCli(['baseline'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(entries(repo).map((entry) => entry.rule)).toEqual(['claude-code/claude-md']);
  });

  const broken: [string, string, string][] = [
    ['invalid JSON', '{', 'aiguard: .aiguard-baseline.json: invalid JSON: '],
    ['no entries list', '{"version":1}', 'aiguard: .aiguard-baseline.json: entries: must be a list\n'],
    ['an entry without fingerprint', '{"entries":[{"rule":"x"}]}', 'aiguard: .aiguard-baseline.json: entries[0].fingerprint: required\n'],
  ];
  for (const [name, text, message] of broken) {
    it(`a baseline with ${name} is an error, never an empty baseline`, () => {
      const repo = adoptedRepo();
      repo.write('.aiguard-baseline.json', text);
      const result = runCli(['scan'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr.startsWith(message)).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('bad arguments exit 2', () => {
    const repo = adoptedRepo();
    expect(runCli(['baseline', '--purne'], { cwd: repo.dir }).stderr).toBe('aiguard: aiguard baseline: unknown option: --purne\n');
    expect(runCli(['baseline', 'a', 'b'], { cwd: repo.dir }).stderr).toBe('aiguard: aiguard baseline: unexpected argument: b\n');
  });
});
