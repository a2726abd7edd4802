import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { CO_AUTHOR, bareOrigin, cloneOf, githubEnv, pullRequestPayload, ruleIds, runCiJson } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

/** An origin with main (the base) and a 5-commit feature whose only trace is its first commit. */
function originWithFeature(): { origin: TestRepo; base: string; head: string; traced: string } {
  const origin = bareOrigin();
  const author = cloneOf(origin.dir);
  for (let i = 0; i < 5; i++) author.write('log.txt', `${i}\n`).add().commit(`Main ${i}`);
  const base = author.git('rev-parse', 'HEAD').trim();
  author.git('checkout', '-q', '-b', 'feature');
  const traced = author.commit(`Start\n\n${CO_AUTHOR}\n`);
  for (let i = 0; i < 4; i++) author.write('f.txt', `${i}\n`).add().commit(`Feature ${i}`);
  const head = author.git('rev-parse', 'HEAD').trim();
  author.git('push', '-q', 'origin', 'main', 'feature');
  return { origin, base, head, traced };
}

describe('a shallow clone without the base', () => {
  it('fetches what it needs when the remote is reachable, and scans exactly the PR', () => {
    const { origin, base, head, traced } = originWithFeature();
    const clone = cloneOf(`file://${origin.dir}`, '--depth', '1', '--branch', 'feature');
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const result = runCiJson([], clone.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.stderr).toMatch(/5 commits from/);
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(5);
    expect(result.findings.map((finding) => finding.commit)).toEqual([traced]);
  });

  it('a clone deep enough for the base but cut inside a merged side branch is deepened too', () => {
    const { origin, base } = originWithFeature();
    const author = cloneOf(origin.dir, '--branch', 'feature');
    author.git('checkout', '-q', '-b', 'side', `${base}`);
    const sideTrace = author.commit(`Side\n\n${CO_AUTHOR}\n`);
    for (let i = 0; i < 3; i++) author.commit(`Side ${i}`);
    author.git('checkout', '-q', 'feature');
    author.git('merge', '-q', '--no-ff', '--no-edit', 'side');
    const head = author.git('rev-parse', 'HEAD').trim();
    author.git('push', '-q', 'origin', 'feature');
    // Depth 3 holds the base (main's tip) but cuts the side branch before its traced commit.
    const clone = cloneOf(`file://${origin.dir}`, '--depth', '3', '--no-single-branch', '--branch', 'feature');
    expect(clone.git('cat-file', '-t', base).trim()).toBe('commit');
    const result = runCiJson([], clone.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(result.findings.map((finding) => finding.commit)).toContain(sideTrace);
  });

  it('exits 2 with the fetch-depth fix when the remote cannot be reached (GitHub)', () => {
    const { origin, base, head } = originWithFeature();
    const clone = cloneOf(`file://${origin.dir}`, '--depth', '1', '--branch', 'feature');
    clone.git('remote', 'set-url', 'origin', `file://${origin.dir}-gone`);
    const result = runCli(['ci'], { cwd: clone.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        String.raw`^aiguard: aiguard ci: base commit [0-9a-f]{40} is not in this clone \(shallow clone\) ` +
          String.raw`and cannot be fetched from origin ` +
          String.raw`\(.*\); fix: set ${'`'}fetch-depth: 0${'`'} on actions\/checkout`,
      ),
    );
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with the GIT_DEPTH fix in GitLab', () => {
    const { origin, base, head } = originWithFeature();
    const clone = cloneOf(`file://${origin.dir}`, '--depth', '2', '--branch', 'feature');
    clone.git('remote', 'remove', 'origin');
    const env = cleanEnv({
      GITLAB_CI: 'true',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '3',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      CI_COMMIT_SHA: head,
    });
    const result = runCli(['ci'], { cwd: clone.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/fix: set `GIT_DEPTH: 0` in the job's variables/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 when the base is present but the history in between is cut and cannot be fetched', () => {
    const { origin, base } = originWithFeature();
    const author = cloneOf(origin.dir, '--branch', 'feature');
    author.git('checkout', '-q', '-b', 'side', base);
    for (let i = 0; i < 4; i++) author.commit(`Side ${i}`);
    author.git('checkout', '-q', 'feature');
    author.git('merge', '-q', '--no-ff', '--no-edit', 'side');
    const head = author.git('rev-parse', 'HEAD').trim();
    author.git('push', '-q', 'origin', 'feature');
    const clone = cloneOf(`file://${origin.dir}`, '--depth', '3', '--no-single-branch');
    clone.git('checkout', '-q', 'feature');
    clone.git('remote', 'set-url', 'origin', `file://${origin.dir}-gone`);
    const result = runCli(['ci'], { cwd: clone.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/fetch-depth: 0/);
  });
});

describe('fetching is no way to run code', () => {
  it('an ext:: remote allowed by the repository config is refused, not run', () => {
    const { origin, base, head } = originWithFeature();
    const clone = cloneOf(`file://${origin.dir}`, '--depth', '1', '--branch', 'feature');
    const marker = join(tempDir(), 'ran');
    clone.git('config', 'protocol.ext.allow', 'always');
    clone.git('remote', 'set-url', 'origin', `ext::sh -c touch% ${marker}`);
    const result = runCli(['ci'], { cwd: clone.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    expect(result.code).toBe(2);
    expect(existsSync(marker)).toBe(false);
    // The same fetch without aiguard's settings does run it: the check above can fail.
    spawnSync('git', ['fetch', 'origin'], { cwd: clone.dir, env: cleanEnv() });
    expect(existsSync(marker)).toBe(true);
  });
});

describe('GitLab with a shallow clone and a reachable remote', () => {
  it('merge-request pipeline: deepens and reads the MR description', () => {
    const { origin, base, head } = originWithFeature();
    const clone = cloneOf(`file://${origin.dir}`, '--depth', '2', '--branch', 'feature');
    const env = cleanEnv({
      GITLAB_CI: 'true',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '3',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      CI_COMMIT_SHA: head,
      CI_MERGE_REQUEST_TITLE: 'Feature',
      CI_MERGE_REQUEST_DESCRIPTION: 'Done.\n\nGenerated with Claude Code',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
      CI_DEFAULT_BRANCH: 'main',
    });
    const result = runCiJson([], clone.dir, env);
    expect(result.summary.commitsScanned).toBe(5);
    expect(ruleIds(result)).toEqual(['claude-code/co-author-trailer', 'claude-code/generated-with-marker']);
  });
});
