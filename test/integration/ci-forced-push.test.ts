// A forced push to the default branch whose old tip is gone is never "0 commits, exit 0" (issue 10.4).
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanEnv, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { githubEnv, ruleIds, runCiJson } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

/**
 * origin's main went A→B, then was force-pushed to A→C (C adds `file`), and B was pruned from origin for good.
 * Returns a fresh CI clone and the push payload GitHub sends for the forced push.
 */
function forcedPush(file: string, options: { tagA?: boolean; otherBranchAtC?: boolean; otherBranchAhead?: boolean } = {}) {
  const work = TestRepo.init();
  const a = work.write('README.md', 'project\n').add().commit('A');
  if (options.tagA) work.git('tag', 'v1', a);
  const origin = new TestRepo(tempDir('aiguard-origin-'));
  origin.git('init', '-q', '--bare', '--initial-branch=main');
  work.git('remote', 'add', 'origin', origin.dir);
  const b = work.write('b.txt', 'b\n').add().commit('B');
  work.git('push', '-q', 'origin', 'main', '--tags');
  work.git('reset', '-q', '--hard', a);
  const c = work.write(file, 'x\n').add().commit('C');
  work.git('push', '-q', '--force', 'origin', 'main');
  if (options.otherBranchAtC) work.git('push', '-q', 'origin', 'main:refs/heads/other');
  if (options.otherBranchAhead) {
    work.git('checkout', '-q', '-b', 'other');
    work.write('d.txt', 'd\n').add().commit('D');
    work.git('push', '-q', 'origin', 'other');
  }
  origin.git('reflog', 'expire', '--expire=now', '--all');
  origin.git('gc', '-q', '--prune=now');
  expect(() => origin.git('cat-file', '-e', b)).toThrow();
  const clone = new TestRepo(tempDir('aiguard-clone-'));
  execFileSync('git', ['clone', '-q', origin.dir, clone.dir], { env: cleanEnv() });
  const payload = { before: b, after: c, forced: true, ref: 'refs/heads/main', repository: { default_branch: 'main' } };
  return { clone, payload, env: githubEnv('push', payload, { GITHUB_REF_NAME: 'main' }) };
}

describe('GitHub Actions: forced push to the default branch, old tip gone', () => {
  it('scans the commits no other ref holds and blocks the banned one', () => {
    const { clone, env } = forcedPush('CLAUDE.md', { tagA: true });
    const result = runCiJson([], clone.dir, env);
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(1);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
    expect(result.stderr).toMatch(/^aiguard ci: forced push to main: the old tip [0-9a-f]{12} is gone; scanning the commits no other/m);
  });

  it('the clean twin passes, having scanned the new commit', () => {
    const { clone, env } = forcedPush('notes.md', { tagA: true });
    const result = runCiJson([], clone.dir, env);
    expect(result.code).toBe(0);
    expect(result.summary.commitsScanned).toBe(1);
  });

  it('with no other ref at all, the whole history of the branch is scanned', () => {
    const { clone, env } = forcedPush('CLAUDE.md');
    const result = runCiJson([], clone.dir, env);
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(2);
  });

  it('a branch at the pushed commit itself does not hide it: its commits are scanned', () => {
    const { clone, env } = forcedPush('CLAUDE.md', { otherBranchAtC: true });
    const result = runCiJson([], clone.dir, env);
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(2);
  });

  it('every commit on another ref: refuses with exit 2 and one line, never 0 commits and exit 0', () => {
    const { clone, env } = forcedPush('CLAUDE.md', { otherBranchAhead: true });
    const result = runCli(['ci'], { cwd: clone.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^aiguard: aiguard ci: forced push to main: the old tip [0-9a-f]{12} is gone and every commit of [0-9a-f]{12} is on another ref, /,
    );
    expect(result.stderr).toMatch(/; fix: pass --base OLD_TIP \(or fetch it\), then run again\n$/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--base names where the change starts: the usual range again', () => {
    const { clone, env } = forcedPush('CLAUDE.md', { otherBranchAhead: true });
    const a = clone.git('rev-parse', 'main~1').trim();
    const result = runCiJson(['--base', a], clone.dir, env);
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(1);
  });
});
