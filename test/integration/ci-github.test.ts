import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { CO_AUTHOR, GENERATED_WITH, bareOrigin, cloneOf, githubEnv, pullRequestPayload, ruleIds, runCiJson } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

/** main with history that carries a trace (before the base: must never be reported), then a feature branch. */
function repoWithFeature(): { repo: TestRepo; base: string } {
  const repo = TestRepo.init();
  repo.write('README.md', 'hi\n').add().commit(`Old work\n\n${CO_AUTHOR}\n`);
  repo.write('src/a.ts', 'export const a = 1;\n').add().commit('Add a');
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'feature');
  return { repo, base };
}

describe('GitHub Actions pull_request', () => {
  it('scans every commit of the PR, never the history before the base', () => {
    const { repo, base } = repoWithFeature();
    repo.write('src/b.ts', 'export const b = 2;\n').add().commit('Add b');
    const traced = repo.commit(`Tidy up\n\n${CO_AUTHOR}\n`);
    repo.write('CLAUDE.md', '# notes\n').add().commit('Notes');
    const head = repo.git('rev-parse', 'HEAD').trim();
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(3);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md', 'claude-code/co-author-trailer']);
    expect(result.findings.find((finding) => finding.ruleId === 'claude-code/co-author-trailer')?.commit).toBe(traced);
    expect(result.stderr).toMatch(/github pull_request: 3 commits from/);
  });

  it('a clean PR passes', () => {
    const { repo, base } = repoWithFeature();
    const head = repo.write('src/b.ts', 'export const b = 2;\n').add().commit('Add b');
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
    expect(result.summary.commitsScanned).toBe(1);
  });

  it('finds a PR whose only trace is in its body', () => {
    const { repo, base } = repoWithFeature();
    const head = repo.write('src/b.ts', 'export const b = 2;\n').add().commit('Add b');
    const body = `Adds b.\n\n${GENERATED_WITH}\n`;
    const result = runCiJson([], repo.dir, githubEnv('pull_request_target', pullRequestPayload(base, head, { body })));
    expect(result.code).toBe(1);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'claude-code/generated-with-marker', field: 'body', line: 3 });
    expect(result.findings[0]!.commit).toBeUndefined();
  });

  it('a PR with a null body and a plain title passes', () => {
    const { repo, base } = repoWithFeature();
    const head = repo.write('src/b.ts', 'b\n').add().commit('Add b');
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head, { body: null })));
    expect(result.code).toBe(0);
  });

  it('fetches a pull_request_target head that the checkout lacks (refs/pull/N/head)', () => {
    const origin = bareOrigin();
    const author = cloneOf(origin.dir);
    const base = author.git('rev-parse', 'HEAD').trim();
    author.git('checkout', '-q', '-b', 'contrib');
    const head = author.write('CLAUDE.md', 'x\n').add().commit('Contribution');
    author.git('push', '-q', 'origin', `${head}:refs/pull/12/head`);
    const checkout = cloneOf(origin.dir);
    const result = runCiJson([], checkout.dir, githubEnv('pull_request_target', pullRequestPayload(base, head, { number: 12 })));
    expect(result.code).toBe(1);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
  });

  it('a payload without base/head exits 2 naming GITHUB_EVENT_PATH', () => {
    const repo = TestRepo.init();
    repo.commit('init');
    const result = runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', { pull_request: {} }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiguard: GITHUB_EVENT_PATH: pull_request payload has no pull_request\.base\.sha/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('an unknown base commit with no remote exits 2 with the checkout fix', () => {
    const { repo } = repoWithFeature();
    const head = repo.commit('x');
    const result = runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload('1'.repeat(40), head)) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/base commit 1{40} is not in this clone .*fetch-depth: 0/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('GitHub Actions push, merge_group, schedule', () => {
  it('push: before..after', () => {
    const { repo, base } = repoWithFeature();
    const after = repo.commit(`Change\n\n${CO_AUTHOR}\n`);
    const payload = { before: base, after, ref: 'refs/heads/feature', repository: { default_branch: 'main' } };
    const result = runCiJson([], repo.dir, githubEnv('push', payload));
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(1);
  });

  it('push of a new branch: the commits not on the default branch', () => {
    const origin = bareOrigin();
    const clone = cloneOf(origin.dir);
    clone.write('old.txt', 'x\n').add().commit(`Old on main\n\n${CO_AUTHOR}\n`);
    clone.git('push', '-q', 'origin', 'main');
    clone.git('checkout', '-q', '-b', 'topic');
    clone.commit('One');
    const after = clone.write('CLAUDE.md', 'x\n').add().commit('Two');
    const payload = { before: '0'.repeat(40), after, created: true, ref: 'refs/heads/topic', repository: { default_branch: 'main' } };
    const result = runCiJson([], clone.dir, githubEnv('push', payload, { GITHUB_REF_NAME: 'topic' }));
    expect(result.summary.commitsScanned).toBe(2);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
  });

  it('push that deletes a branch scans nothing and passes', () => {
    const repo = TestRepo.init();
    repo.commit('init');
    const payload = { before: repo.git('rev-parse', 'HEAD').trim(), after: '0'.repeat(40), deleted: true, ref: 'refs/heads/gone' };
    const result = runCiJson([], repo.dir, githubEnv('push', payload));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/nothing to scan \(the push deleted the branch\)/);
  });

  it('merge_group: base_sha..head_sha', () => {
    const { repo, base } = repoWithFeature();
    const head = repo.commit(`Queued\n\n${CO_AUTHOR}\n`);
    const payload = { merge_group: { base_sha: base, head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-1' } };
    const result = runCiJson([], repo.dir, githubEnv('merge_group', payload));
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(1);
  });

  it('schedule scans the tree; with --all the whole history', () => {
    const { repo } = repoWithFeature();
    repo.write('CLAUDE.md', 'x\n').add().commit('Notes');
    const env = githubEnv('schedule', {}, { GITHUB_SHA: repo.git('rev-parse', 'HEAD').trim() });
    const tree = runCiJson([], repo.dir, env);
    expect(ruleIds(tree)).toEqual(['claude-code/claude-md']);
    const all = runCiJson(['--all'], repo.dir, env);
    expect(ruleIds(all)).toEqual(['claude-code/claude-md', 'claude-code/co-author-trailer']);
  });
});

describe('GitHub Actions step summary and outputs', () => {
  it('writes a markdown table and found/blocking/count/report, whatever the format', () => {
    const { repo, base } = repoWithFeature();
    const head = repo.write('CLAUDE.md', 'x|y\n').add().commit('Notes');
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    const output = join(dir, 'output.txt');
    const sarif = join(dir, 'out.sarif');
    const env = githubEnv('pull_request', pullRequestPayload(base, head), { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output });
    const result = runCli(['ci', '--format', 'sarif', '--output', sarif], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    expect(readFileSync(summary, 'utf8')).toMatch(/\| ❌ blocking \| `claude-code\/claude-md` \| `CLAUDE.md` \| `CLAUDE.md` \|/);
    const outputs = parseGithubOutput(readFileSync(output, 'utf8'));
    expect(outputs).toEqual({ found: 'true', blocking: 'true', count: '1', report: sarif });
  });

  it('a clean run says so', () => {
    const { repo, base } = repoWithFeature();
    const head = repo.commit('Plain');
    const dir = tempDir();
    const env = githubEnv('pull_request', pullRequestPayload(base, head), {
      GITHUB_STEP_SUMMARY: join(dir, 's.md'),
      GITHUB_OUTPUT: join(dir, 'o.txt'),
    });
    expect(runCli(['ci'], { cwd: repo.dir, env }).code).toBe(0);
    expect(readFileSync(join(dir, 's.md'), 'utf8')).toMatch(/no AI tool traces found/);
    expect(parseGithubOutput(readFileSync(join(dir, 'o.txt'), 'utf8'))).toEqual({
      found: 'false',
      blocking: 'false',
      count: '0',
      report: '',
    });
  });
});

/** The runner's reading of $GITHUB_OUTPUT: name<<DELIM … DELIM blocks. */
function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    while (lines[++i] !== match[2]) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

describe('GitHub Actions force push', () => {
  it('an old tip that is gone: the commits not on the default branch', () => {
    const origin = bareOrigin();
    const clone = cloneOf(origin.dir);
    clone.git('checkout', '-q', '-b', 'topic');
    const after = clone.write('CLAUDE.md', 'x\n').add().commit('Rewritten');
    const payload = { before: 'a'.repeat(40), after, forced: true, ref: 'refs/heads/topic', repository: { default_branch: 'main' } };
    const result = runCiJson([], clone.dir, githubEnv('push', payload, { GITHUB_REF_NAME: 'topic' }));
    expect(result.summary.commitsScanned).toBe(1);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
  });
});
