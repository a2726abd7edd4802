import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { TestRepo, cleanupTempDirs } from '../helpers/git-repo.js';
import { CO_AUTHOR, githubEnv, pullRequestPayload, runCiJson } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

const COMMITS = 5000;
const TRACED = 4321;

/** COMMITS commits on top of base from one `git fast-import` stream: seconds, not 5,000 `git commit` calls. */
function importCommits(repo: TestRepo, base: string): void {
  const parts: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (let i = 1; i <= COMMITS; i++) {
    const message = i === TRACED ? `Commit ${i}\n\n${CO_AUTHOR}\n` : `Commit ${i}\n`;
    parts.push(
      `commit refs/heads/feature\nmark :${i}\ncommitter Test Person <test.person@example.org> ${1_700_000_000 + i} +0000\n${data(message)}`,
    );
    if (i === 1) parts.push(`from ${base}\n`);
    parts.push(`M 100644 inline file-${i % 50}.txt\n${data(`line ${i}\n`)}`);
    if (i === COMMITS) parts.push(`M 100644 inline CLAUDE.md\n${data('# notes\n')}`);
    parts.push('\n');
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: repo.env, input: parts.join('') });
}

describe('a 5,000-commit pull request', () => {
  it('scans every commit from one git stream and finds the one traced commit', () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hi\n').add().commit(`Before the base\n\n${CO_AUTHOR}\n`);
    const base = repo.git('rev-parse', 'HEAD').trim();
    importCommits(repo, base);
    const head = repo.git('rev-parse', 'refs/heads/feature').trim();
    const traced = repo.git('rev-parse', `refs/heads/feature~${COMMITS - TRACED}`).trim();
    expect(repo.git('log', '-1', '--format=%s', traced).trim()).toBe(`Commit ${TRACED}`);

    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(result.summary.commitsScanned).toBe(COMMITS);
    expect(result.findings.map((finding) => [finding.ruleId, finding.commit])).toEqual([
      ['claude-code/claude-md', head],
      ['claude-code/co-author-trailer', traced],
    ]);
  });
});
