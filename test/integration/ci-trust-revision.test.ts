import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { githubEnv, pullRequestPayload, ruleIds, runCiJson } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

function featureRepo(files: Record<string, string>): { repo: TestRepo; base: string } {
  const repo = TestRepo.init();
  repo.write('README.md', 'hi\n');
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  const base = repo.add().commit('Initial commit');
  repo.git('checkout', '-q', '-b', 'feature');
  return { repo, base };
}

describe('CI reads presets, the baseline and the policy from the base revision', () => {
  it('extends a built-in preset at the base: claude-code-ban turns other tools off', () => {
    const { repo, base } = featureRepo({ '.aiguardrc.yml': 'extends: aiguard:claude-code-ban\n' });
    const head = repo.write('.cursorrules', 'x\n').write('CLAUDE.md', 'x\n').add().commit('Add both');
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
  });

  it('an extends that is not a preset cannot be resolved from a revision: exit 2 naming it', () => {
    const { repo, base } = featureRepo({ '.aiguardrc.yml': 'extends: ./org.yml\n', 'org.yml': 'tools: {}\n' });
    const head = repo.commit('Feature');
    const result = runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(
        String.raw`^aiguard: [0-9a-f]{12}:\.aiguardrc\.yml: extends: \.\/org\.yml: only built-in presets are resolved in CI; ` +
          String.raw`name the whole policy with --config\n$`,
      ),
    );
  });

  it('a PR cannot baseline its own findings: the base baseline counts, and editing it is a finding', () => {
    const { repo, base } = featureRepo({ '.aiguardrc.json': '{}' });
    repo.write('CLAUDE.md', 'x\n').add();
    // The head's own baseline lists the finding it brings.
    repo.write('.aiguard-baseline.json', JSON.stringify({ version: 2, entries: [{ rule: 'claude-code/claude-md', path: 'CLAUDE.md' }] }));
    const head = repo.add().commit('Add memory and baseline it');
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(0);
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(ruleIds(result)).toEqual(['aiguard/policy-changed', 'claude-code/claude-md']);
    expect(result.findings.find((finding) => finding.ruleId === 'claude-code/claude-md')?.status).toBe('blocking');
  });

  it('a baseline at the base still counts for the PR', () => {
    const { repo } = featureRepo({ 'CLAUDE.md': 'x\n' });
    repo.git('checkout', '-q', 'main');
    expect(runCli(['baseline'], { cwd: repo.dir }).code).toBe(0);
    const base = repo.add().commit('Adopt the ban with a baseline');
    repo.git('checkout', '-q', '-b', 'topic');
    const head = repo.write('CLAUDE.md', 'y\n').add().commit('Edit memory');
    const result = runCiJson([], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.status}`)).toEqual(['claude-code/claude-md baselined']);
    expect(result.code).toBe(0);
  });
  it('a policy named with --config has its extends resolved too (data only)', () => {
    const { repo, base } = featureRepo({});
    const head = repo.write('.cursorrules', 'x\n').write('CLAUDE.md', 'x\n').add().commit('Add both');
    const policyDir = tempDir();
    writeFileSync(join(policyDir, 'ban.yml'), 'extends: aiguard:claude-code-ban\n');
    const result = runCiJson(['--config', join(policyDir, 'ban.yml')], repo.dir, githubEnv('pull_request', pullRequestPayload(base, head)));
    expect(result.code).toBe(1);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
    writeFileSync(join(policyDir, 'org.cjs'), 'module.exports = {};\n');
    writeFileSync(join(policyDir, 'code.yml'), 'extends: ./org.cjs\n');
    const refused = runCli(['ci', '--config', join(policyDir, 'code.yml')], {
      cwd: repo.dir,
      env: githubEnv('pull_request', pullRequestPayload(base, head)),
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/a JavaScript config is not loaded here/);
  });
});
