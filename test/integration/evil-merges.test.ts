// Merge commits that add changes of their own ("evil merges"), built with a real `git merge --no-commit`.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanupTempDirs, runCli, runJson, tempDir } from '../helpers/git-repo.js';
import { hookEnv, remoteRefs, runGit } from '../helpers/hook-env.js';
import { githubEnv } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

const MARKER = 'Generated with [Claude Code](https://claude.ai/code)';
const BYPASS = '{"permissions": {"defaultMode": "bypassPermissions"}}\n';

/** main and a side branch that each change a file of their own; the merge of side into main is left to the test. */
function forked(repo: TestRepo): { base: string } {
  repo.write('README.md', 'hello\n').write('src/a.txt', 'a\n').add();
  const base = repo.commit('Initial commit');
  repo.git('checkout', '-q', '-b', 'side');
  repo.write('src/b.txt', 'b\n').add().commit('Add b');
  repo.git('checkout', '-q', 'main');
  repo.write('src/a.txt', 'a\nmore a\n').add().commit('Change a');
  return { base };
}

/** Merges side into main and, unless clean, slips a path, an added line and a settings file into the merge itself. */
function merge(repo: TestRepo, evil: boolean): string {
  repo.git('merge', '-q', '--no-ff', '--no-commit', 'side');
  if (evil) {
    repo.write('CLAUDE.md', '# memory\n').write('README.md', `hello\n\n${MARKER}\n`).write('.claude/settings.json', BYPASS).add();
  }
  return repo.commit("Merge branch 'side'");
}

const mergeFindings = (findings: Record<string, unknown>[], merged: string) =>
  findings
    .filter((finding) => finding.commit === merged)
    .map((finding) => `${finding.ruleId} ${finding.path ?? ''}`)
    .sort();

const EVIL = [
  'claude-code/claude-md CLAUDE.md',
  'claude-code/generated-marker-in-file README.md',
  'claude-code/settings-bypass-mode .claude/settings.json',
  'claude-code/settings-file .claude/settings.json',
];

describe('evil merges: what a merge adds beyond its parents is scanned', () => {
  it('scan --all and --range find the merge’s own path, added line and settings file; a clean merge adds nothing', () => {
    const repo = TestRepo.init();
    const { base } = forked(repo);
    const merged = merge(repo, true);
    expect(repo.git('rev-list', '--parents', '-1', merged).trim().split(' ')).toHaveLength(3);
    // --all reads merges with --cc, a range with --remerge-diff: both see the same path, line and settings file.
    for (const args of [['--all'], ['--range', `${base}..main`]]) {
      const { code, report } = runJson(['scan', ...args], { cwd: repo.dir });
      expect(code).toBe(1);
      expect(mergeFindings(report.findings, merged)).toEqual(EVIL);
      const marker = report.findings.find((finding) => finding.ruleId === 'claude-code/generated-marker-in-file');
      expect(marker).toMatchObject({ path: 'README.md', line: 3 });
    }
    const scheduled = githubEnv('schedule', {}, { GITHUB_SHA: merged });
    for (const [args, env] of [
      [['scan', '--all', '--no-content'], undefined],
      [['ci', '--all'], scheduled],
    ] as const) {
      const { report } = runJson([...args], { cwd: repo.dir, env });
      const paths = ['claude-code/claude-md CLAUDE.md', 'claude-code/settings-file .claude/settings.json'];
      expect(mergeFindings(report.findings, merged)).toEqual(expect.arrayContaining(paths));
    }

    const clean = TestRepo.init();
    forked(clean);
    merge(clean, false);
    const result = runCli(['scan', '--all'], { cwd: clean.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no AI tool traces found');
  });

  it('a merge that keeps a trace the other side removed is seen (what --cc would hide)', () => {
    const repo = TestRepo.init();
    repo.write('notes.md', `notes\n${MARKER}\n`).add().commit('Old notes');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('src/x.txt', 'x\n').add().commit('Feature work');
    repo.git('checkout', '-q', 'main');
    repo.write('notes.md', 'notes\n').add().commit('Remove the marker');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--no-commit', 'main');
    // The merger takes feature's notes.md back: git's own merge would have dropped the marker line.
    repo.git('checkout', 'feature', '--', 'notes.md');
    const merged = repo.commit("Merge branch 'main' into feature");
    const { code, report } = runJson(['scan', '--range', 'main..feature'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(mergeFindings(report.findings, merged)).toEqual(['claude-code/generated-marker-in-file notes.md']);

    // The clean twin: the same merge, resolved as git resolves it.
    const twin = TestRepo.init();
    twin.write('notes.md', `notes\n${MARKER}\n`).add().commit('Old notes');
    twin.git('checkout', '-q', '-b', 'feature');
    twin.write('src/x.txt', 'x\n').add().commit('Feature work');
    twin.git('checkout', '-q', 'main');
    twin.write('notes.md', 'notes\n').add().commit('Remove the marker');
    twin.git('checkout', '-q', 'feature');
    twin.git('merge', '-q', '--no-edit', 'main');
    expect(runCli(['scan', '--range', 'main..feature'], { cwd: twin.dir }).code).toBe(0);
  });

  it('a conflict resolved with a line of the merger’s own is scanned; a plain resolution is not', () => {
    for (const evil of [true, false]) {
      const repo = TestRepo.init();
      repo.write('f.txt', 'a\nb\nc\n').add().commit('base');
      repo.git('checkout', '-q', '-b', 'side');
      repo.write('f.txt', 'a\nSIDE\nc\n').add().commit('side');
      repo.git('checkout', '-q', 'main');
      repo.write('f.txt', 'a\nMAIN\nc\n').add().commit('main');
      expect(runGit(repo, ['merge', '-q', 'side'], { env: repo.env }).code).not.toBe(0);
      repo.write('f.txt', `a\nMAIN\nSIDE\n${evil ? `${MARKER}\n` : ''}c\n`).add();
      const merged = repo.commit('Merge side');
      const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
      expect([code, mergeFindings(report.findings, merged)]).toEqual(evil ? [1, ['claude-code/generated-marker-in-file f.txt']] : [0, []]);
    }
  });

  it('aiguard ci over a pull request whose merge commit is evil', () => {
    const repo = TestRepo.init();
    const { base } = forked(repo);
    const merged = merge(repo, true);
    const env = hookEnv();
    const result = runCli(['ci', '--base', base, '--head', merged, '--format', 'json'], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout).findings as Record<string, unknown>[];
    const expected = [
      'claude-code/claude-md CLAUDE.md',
      'claude-code/generated-marker-in-file README.md',
      'claude-code/settings-bypass-mode .claude/settings.json',
    ];
    expect(mergeFindings(findings, merged)).toEqual(expect.arrayContaining(expected));

    const clean = TestRepo.init();
    const twin = forked(clean);
    const cleanMerge = merge(clean, false);
    expect(runCli(['ci', '--base', twin.base, '--head', cleanMerge], { cwd: clean.dir, env }).code).toBe(0);
  });

  it('pre-push (the real hook) refuses an evil merge and lets a clean one through', () => {
    for (const evil of [true, false]) {
      const remote = TestRepo.init({ bare: true });
      const repo = new TestRepo(TestRepo.init().dir, hookEnv());
      forked(repo);
      repo.git('push', '-q', remote.dir, 'main:main', 'side:side');
      repo.git('remote', 'add', 'origin', remote.dir);
      repo.git('fetch', '-q', 'origin');
      installHook('pre-push', join(repo.dir, '.git/hooks'));
      merge(repo, evil);
      const push = runGit(repo, ['push', 'origin', 'main']);
      expect([push.code === 0, evil && push.stderr.includes('CLAUDE.md')]).toEqual([!evil, evil]);
    }
  });

  it('pre-receive (the real hook on a bare server) refuses an evil merge and accepts a clean one', () => {
    for (const evil of [true, false]) {
      const bare = TestRepo.init({ bare: true });
      const clone = new TestRepo(tempDir(), hookEnv());
      clone.git('init', '-q', '--initial-branch=main');
      forked(clone);
      clone.git('push', '-q', bare.dir, 'main:main', 'side:side');
      installHook('pre-receive', join(bare.dir, 'hooks'));
      const merged = merge(clone, evil);
      const push = runGit(clone, ['push', '--no-verify', bare.dir, 'main']);
      expect(push.code === 0).toBe(!evil);
      if (evil) expect(push.stderr).toContain('.claude/settings.json');
      expect(remoteRefs(bare).includes(merged)).toBe(!evil);
    }
  });
});

/** A hook as installed: the stub and the shared runner it sources, side by side. */
function installHook(hook: string, hooksDir: string): void {
  for (const file of [hook, 'aiguard-runner.sh']) copyFileSync(join(PROJECT_ROOT, 'hooks', file), join(hooksDir, file));
}
