import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { githubEnv, pullRequestPayload, ruleIds, runCiJson } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

/** A repository whose main branch holds `config` at `file`, and a feature branch checked out. */
function repoWithPolicy(file: string | undefined, config: object | string | undefined): { repo: TestRepo; base: string } {
  const repo = TestRepo.init();
  repo.write('README.md', 'hi\n');
  if (file && config !== undefined) repo.write(file, typeof config === 'string' ? config : JSON.stringify(config));
  const base = repo.add().commit('Initial commit');
  repo.git('checkout', '-q', '-b', 'feature');
  return { repo, base };
}

describe('the policy comes from the base revision', () => {
  it('a PR that switches the ban off is still judged by the base policy, and the change is a finding', () => {
    const { repo, base } = repoWithPolicy('.aiguardrc.json', { tools: { 'claude-code': 'block' } });
    repo.write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'off' } }));
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('Relax the policy');
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(ruleIds(result)).toEqual(['aiguard/policy-changed', 'claude-code/claude-md']);
    expect(result.findings.find((finding) => finding.ruleId === 'aiguard/policy-changed')).toMatchObject({
      path: '.aiguardrc.json',
      status: 'blocking',
    });
  });

  it('deleting the policy is a change too', () => {
    const { repo, base } = repoWithPolicy('.aiguardrc.yml', 'tools:\n  copilot: block\n');
    const head = (repo.git('rm', '-q', '.aiguardrc.yml'), repo.commit('Drop the policy'));
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(ruleIds(result)).toEqual(['aiguard/policy-changed']);
  });

  it('a PR that leaves the policy alone has no policy finding', () => {
    const { repo, base } = repoWithPolicy('.aiguardrc.json', { tools: { copilot: 'block' } });
    const head = repo.write('src/a.ts', 'a\n').add().commit('Feature');
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(0);
    expect(result.findings).toEqual([]);
  });

  it('only the aiguard key of package.json is the policy', () => {
    const { repo, base } = repoWithPolicy('package.json', { name: 'x', version: '1.0.0', aiguard: { tools: { copilot: 'warn' } } });
    repo.write('package.json', JSON.stringify({ name: 'x', version: '1.0.1', aiguard: { tools: { copilot: 'warn' } } }));
    const bump = repo.add().commit('Bump');
    expect(runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, bump))).findings).toEqual([]);
    repo.write('package.json', JSON.stringify({ name: 'x', version: '1.0.1', aiguard: { tools: { copilot: 'off' } } }));
    const relax = repo.add().commit('Relax');
    expect(ruleIds(runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, relax))))).toEqual([
      'aiguard/policy-changed',
    ]);
  });

  it('the base policy sets the level of the policy-changed rule and adds its own rules (branch names)', () => {
    const config = {
      rules: { 'aiguard/policy-changed': 'warn' },
      customRules: [
        {
          id: 'org/claude-branch',
          tool: 'claude-code',
          kind: 'branch',
          severity: 'block',
          description: 'A claude/ branch',
          why: 'Claude Code names its branches so.',
          fix: 'Rename the branch',
          pattern: '^claude/',
        },
      ],
    };
    const { repo, base } = repoWithPolicy('.aiguardrc.json', config);
    const head = repo.write('.aiguardrc.json', '{}').add().commit('Empty the policy');
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head, { ref: 'claude/fix-tests' })));
    expect(result.code).toBe(1);
    expect(result.findings.map((finding) => [finding.ruleId, finding.status])).toEqual([
      ['claude-code/branch', 'info'],
      ['org/claude-branch', 'blocking'],
      ['aiguard/policy-changed', 'warning'],
    ]);
    const plain = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head, { ref: 'fix-tests' })));
    expect(plain.code).toBe(0);
  });

  it('a JS config in the PR head is never run', () => {
    const { repo, base } = repoWithPolicy(undefined, undefined);
    const marker = join(tempDir(), 'ran');
    const script =
      `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n` + "module.exports = { tools: { 'claude-code': 'off' } };\n";
    repo.write('aiguard.config.cjs', script);
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('Add a config');
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(existsSync(marker)).toBe(false);
    expect(result.code).toBe(1);
    expect(ruleIds(result)).toEqual(['aiguard/policy-changed', 'claude-code/claude-md']);
    // The same file is loaded by a local scan told to trust the checkout: the marker shows the test can fail.
    runCli(['scan', '--trust-config'], { cwd: repo.dir });
    expect(existsSync(marker)).toBe(true);
  });

  it('a JS config at the base is refused, not run: exit 2 naming it', () => {
    const marker = join(tempDir(), 'ran');
    const { repo, base } = repoWithPolicy(
      'aiguard.config.cjs',
      `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = {};\n`,
    );
    const head = repo.commit('Feature');
    const result = runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiguard: [0-9a-f]{12}:aiguard\.config\.cjs: a JavaScript config is not loaded in CI/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(marker)).toBe(false);
  });

  it('an invalid base config exits 2 naming the revision, file and key', () => {
    const { repo, base } = repoWithPolicy('.aiguardrc.json', { tools: { 'claude-code': 'sometimes' } });
    const head = repo.commit('Feature');
    const result = runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiguard: [0-9a-f]{12}:\.aiguardrc\.json: tools\.claude-code: must be one of/);
  });

  it('--config names a policy outside the PR; a JS one is refused', () => {
    const { repo, base } = repoWithPolicy('.aiguardrc.json', { tools: { 'claude-code': 'block' } });
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('Notes');
    const dir = tempDir();
    writeFileSync(join(dir, 'policy.yml'), 'tools:\n  claude-code: warn\n');
    const named = runCiJson(['--config', join(dir, 'policy.yml')], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(named.code).toBe(0);
    expect(named.findings.map((finding) => finding.status)).toEqual(['warning']);
    writeFileSync(join(dir, 'policy.cjs'), 'module.exports = {};\n');
    const code = runCli(['ci', '--config', join(dir, 'policy.cjs')], {
      cwd: repo.dir,
      env: githubEnv('pull_request', pullRequestPayload(base, head)),
    });
    expect(code.code).toBe(2);
    expect(code.stderr).toMatch(/policy\.cjs: a JavaScript config is not loaded here/);
  });

  it('a --config file inside the repository that the PR changes is a policy change too', () => {
    const { repo, base } = repoWithPolicy('policies/[org] aiguard.yml', 'tools:\n  copilot: warn\n');
    const head = repo.write('policies/[org] aiguard.yml', 'tools:\n  copilot: off\n').add().commit('Relax');
    const result = runCiJson(
      ['--config', 'policies/[org] aiguard.yml'],
      repo.dir,
      githubEnv('pull_request', pullRequestPayload(base, head)),
    );
    expect(result.findings.map((finding) => [finding.ruleId, finding.path])).toEqual([
      ['aiguard/policy-changed', 'policies/[org] aiguard.yml'],
    ]);
  });
});
