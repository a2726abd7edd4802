// `aiguard ci --config PATH` with PATH inside the checkout reads the file at the base revision, never the PR's copy.
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { githubEnv, pullRequestPayload, ruleIds, runCiJson } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

/** main holds ci/aiguard.yml banning Claude Code; a feature branch is checked out. */
function repoWithNamedPolicy(): { repo: TestRepo; base: string } {
  const repo = TestRepo.init();
  repo.write('README.md', 'hi\n').write('ci/aiguard.yml', 'tools:\n  claude-code: block\n');
  const base = repo.add().commit('Initial commit');
  repo.git('checkout', '-q', '-b', 'feature');
  return { repo, base };
}

describe('ci --config inside the checkout', () => {
  it('a PR that relaxes the named file is judged by the base copy, and the change is a finding', () => {
    const { repo, base } = repoWithNamedPolicy();
    repo.write('ci/aiguard.yml', 'tools:\n  claude-code: "off"\n');
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('Relax the policy');
    const result = runCiJson(['--config', 'ci/aiguard.yml'], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(ruleIds(result)).toEqual(['aiguard/policy-changed', 'claude-code/claude-md']);
    expect(result.findings.find((finding) => finding.ruleId === 'claude-code/claude-md')).toMatchObject({ status: 'blocking' });
  });

  it('the clean twin: a PR that leaves the file alone and adds nothing banned passes', () => {
    const { repo, base } = repoWithNamedPolicy();
    const head = repo.write('src/a.ts', 'a\n').add().commit('Feature');
    const result = runCiJson(['--config', 'ci/aiguard.yml'], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
  });

  it('a named file the PR adds is refused with one line', () => {
    const { repo, base } = repoWithNamedPolicy();
    repo.write('ci/lenient.yml', 'tools:\n  claude-code: "off"\n');
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('Bring my own policy');
    const env = githubEnv('pull_request', pullRequestPayload(base, head));
    const result = runCli(['ci', '--config', 'ci/lenient.yml'], { cwd: repo.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^aiguard: aiguard ci: --config ci\/lenient\.yml: ci\/lenient\.yml is not in the base revision [0-9a-f]{12} \(the copy in/,
    );
  });

  it('an absolute path into the checkout, even through a symbolic link, is read at the base too', () => {
    const { repo, base } = repoWithNamedPolicy();
    repo.write('ci/aiguard.yml', 'tools:\n  claude-code: "off"\n');
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('Relax the policy');
    const link = join(tempDir(), 'checkout');
    symlinkSync(repo.dir, link);
    for (const named of [join(repo.dir, 'ci/aiguard.yml'), join(link, 'ci/aiguard.yml')]) {
      const result = runCiJson(['--config', named], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
      expect(result.code).toBe(1);
      expect(ruleIds(result)).toContain('claude-code/claude-md');
    }
  });

  it('a checked-out file that is a symbolic link out of the checkout is read at the base too', () => {
    const { repo, base } = repoWithNamedPolicy();
    const outside = join(tempDir(), 'lenient.yml');
    repo.write('CLAUDE.md', 'x\n');
    writeFileSync(outside, 'tools:\n  claude-code: "off"\n');
    repo.git('rm', '-q', 'ci/aiguard.yml');
    repo.symlink('ci/aiguard.yml', outside);
    const head = repo.add().commit('Point the policy elsewhere');
    const result = runCiJson(['--config', 'ci/aiguard.yml'], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(ruleIds(result)).toEqual(['aiguard/policy-changed', 'claude-code/claude-md']);
  });

  it('a run without a base revision (a first push) refuses a file inside the checkout', () => {
    const repo = TestRepo.init();
    repo.write('ci/aiguard.yml', 'tools:\n  claude-code: "off"\n');
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('First');
    const payload = { before: '0'.repeat(40), after: head, created: true, ref: 'refs/heads/main', repository: { default_branch: 'main' } };
    const env = githubEnv('push', payload, { GITHUB_REF_NAME: 'main' });
    const result = runCli(['ci', '--config', 'ci/aiguard.yml'], { cwd: repo.dir, env });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'aiguard: aiguard ci: --config ci/aiguard.yml: the file is inside the checkout and this run has no base revision to read it at; ' +
        'name a file outside the checkout\n',
    );
  });

  it('a file outside the checkout is read as it is (the pipeline named it)', () => {
    const { repo, base } = repoWithNamedPolicy();
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('Notes');
    const outside = join(tempDir(), 'policy.yml');
    writeFileSync(outside, 'tools:\n  claude-code: warn\n');
    const result = runCiJson(['--config', outside], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(0);
    expect(result.findings.map((finding) => finding.status)).toEqual(['warning']);
  });
});
