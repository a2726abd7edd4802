// refs/replace/* and info/grafts make git show other objects than the ones stored; aiguard reads the stored ones.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';
import { hookEnv, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

/** Two commits; the second carries the trailer and CLAUDE.md. Returns the ids. */
function history(repo: TestRepo): { first: string; bad: string } {
  repo.write('README.md', 'hello\n').add();
  const first = repo.commit('Initial commit');
  repo.write('CLAUDE.md', '# memory\n').add();
  const bad = repo.commit(`Add notes\n\n${TRAILER}\n`);
  return { first, bad };
}

/** A clean commit with the same parent as `bad`, and `git replace bad clean`: git log now shows the clean one. */
function replaceWithClean(repo: TestRepo, bad: string, first: string): string {
  const clean = repo.git('commit-tree', '-p', first, '-m', 'Add notes', `${first}^{tree}`).trim();
  repo.git('replace', bad, clean);
  expect(repo.git('log', '-1', '--format=%B', 'main')).not.toContain('Claude');
  return clean;
}

const badFindings = (findings: Record<string, unknown>[], bad: string) =>
  findings
    .filter((finding) => finding.commit === bad)
    .map((finding) => finding.ruleId)
    .sort();

describe('replace objects and grafts never change what aiguard reads', () => {
  it('a replace ref does not swap the commit that scan --range, scan --all and ci read', () => {
    const repo = TestRepo.init();
    const { first, bad } = history(repo);
    replaceWithClean(repo, bad, first);
    for (const args of [
      ['scan', '--range', `${first}..main`],
      ['scan', '--all'],
      ['ci', '--base', first, '--head', 'main'],
    ]) {
      const { code, report } = runJson(args, { cwd: repo.dir });
      const expected = ['claude-code/claude-md', 'claude-code/co-author-trailer'];
      expect([args.join(' '), code, badFindings(report.findings, bad)]).toEqual([args.join(' '), 1, expected]);
    }
    // The clean twin: a history with a replace ref between two clean commits passes.
    const twin = TestRepo.init();
    twin.write('README.md', 'hello\n').add();
    const root = twin.commit('Initial commit');
    const tip = twin.write('a.txt', 'a\n').add().commit('Add a');
    twin.git('replace', tip, twin.git('commit-tree', '-p', root, '-m', 'Add a too', `${tip}^{tree}`).trim());
    expect(runCli(['scan', '--range', `${root}..main`], { cwd: twin.dir }).code).toBe(0);
    // scan --all sees the replace ref itself, and nothing else.
    expect(runJson(['scan', '--all'], { cwd: twin.dir }).report.findings.map((finding) => finding.ruleId)).toEqual(['aiguard/replace-ref']);
  });

  it('a replaced tree or blob does not hide a path or an added line', () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add();
    const first = repo.commit('Initial commit');
    repo.write('docs/notes.md', 'Generated with [Claude Code](https://claude.ai/code)\n').add();
    const bad = repo.commit('Add notes');
    const blob = repo.git('rev-parse', `${bad}:docs/notes.md`).trim();
    writeFileSync(join(repo.dir, 'clean.txt'), 'notes\n');
    repo.git('replace', blob, repo.git('hash-object', '-w', 'clean.txt').trim());
    expect(repo.git('show', `${bad}:docs/notes.md`)).toBe('notes\n');
    const { code, report } = runJson(['scan', '--range', `${first}..main`], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(badFindings(report.findings, bad)).toEqual(['claude-code/generated-marker-in-file']);
  });

  it('a grafts file that cuts history short does not hide the commits behind it', () => {
    const repo = TestRepo.init();
    const { bad } = history(repo);
    const tip = repo.write('a.txt', 'a\n').add().commit('Add a');
    // info/grafts: "<commit> [<parent>…]"; no parent makes the tip a root, and git log stops there.
    writeFileSync(join(repo.dir, '.git/info/grafts'), `${tip}\n`);
    expect(repo.git('-c', 'advice.graftFileDeprecated=false', 'log', '--format=%H', 'main').trim()).toBe(tip);
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(badFindings(report.findings, bad)).toEqual(['claude-code/claude-md', 'claude-code/co-author-trailer']);

    const twin = TestRepo.init();
    twin.write('README.md', 'hello\n').add().commit('Initial commit');
    const twinTip = twin.write('a.txt', 'a\n').add().commit('Add a');
    writeFileSync(join(twin.dir, '.git/info/grafts'), `${twinTip}\n`);
    expect(runCli(['scan', '--all'], { cwd: twin.dir }).code).toBe(0);
  });

  it('pre-push (the real hook) reads the pushed commit, not its local replacement', () => {
    for (const replaced of [true, false]) {
      const remote = TestRepo.init({ bare: true });
      const repo = new TestRepo(TestRepo.init().dir, hookEnv());
      repo.git('remote', 'add', 'origin', remote.dir);
      installHook('pre-push', join(repo.dir, '.git/hooks'));
      repo.write('README.md', 'hello\n').add();
      const first = repo.commit('Initial commit');
      repo.write('notes.md', 'notes\n').add();
      const tip = repo.commit(replaced ? `Add notes\n\n${TRAILER}\n` : 'Add notes');
      if (replaced) replaceWithClean(repo, tip, first);
      const push = runGit(repo, ['push', 'origin', 'main']);
      expect([push.code === 0, push.stderr.includes('co-author') || push.stderr.includes('Co-Authored-By')]).toEqual([!replaced, replaced]);
    }
  });
});

/** A hook as installed: the stub and the shared runner it sources, side by side. */
function installHook(hook: string, hooksDir: string): void {
  for (const file of [hook, 'aiguard-runner.sh']) copyFileSync(join(PROJECT_ROOT, 'hooks', file), join(hooksDir, file));
}
