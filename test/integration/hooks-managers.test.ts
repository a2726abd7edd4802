import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanupTempDirs, runCli } from '../helpers/git-repo.js';
import { hookEnv, remoteRefs, repoWithRemote, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const BIN = join(PROJECT_ROOT, 'node_modules/.bin');

/** Everything a hook manager's hooks must stop: a CLAUDE.md commit, a trailer commit, a push of such a commit (the pre-commit framework reports on stdout). */
function expectGuarded(repo: TestRepo, remote: TestRepo, env = hookEnv()): void {
  const head = repo.git('rev-parse', 'HEAD');
  repo.write('CLAUDE.md', 'x\n').add();
  const byPath = runGit(repo, ['commit', '-m', 'Add CLAUDE.md'], { env });
  expect(byPath.code, byPath.stderr).not.toBe(0);
  expect(byPath.stdout + byPath.stderr).toContain('fix:   Remove it from the repository and keep your copy out of git: git rm --cached :/CLAUDE.md');
  repo.git('rm', '-q', '--cached', 'CLAUDE.md');
  repo.write('.git/info/exclude', 'CLAUDE.md\n');
  repo.write('a.txt', 'a\n').add('a.txt');
  const byMessage = runGit(repo, ['commit', '-m', 'Add a', '-m', TRAILER], { env });
  expect(byMessage.code, byMessage.stderr).not.toBe(0);
  expect(byMessage.stdout + byMessage.stderr).toContain(`found: ${TRAILER}`);
  expect(repo.git('rev-parse', 'HEAD')).toBe(head);
  const clean = runGit(repo, ['commit', '-q', '-m', 'Add a'], { env });
  expect(clean.code, clean.stderr).toBe(0);
  expect(runGit(repo, ['push', '-q', 'origin', 'main'], { env }).code).toBe(0);
  repo.write('b.txt', 'b\n').add('b.txt');
  const bad = repo.commit(`Add b\n\n${TRAILER}\n`);
  const push = runGit(repo, ['push', 'origin', 'main'], { env });
  expect(push.code, push.stderr).not.toBe(0);
  expect(push.stdout + push.stderr).toContain(`commit ${bad.slice(0, 12)}`);
  expect(remoteRefs(remote)).not.toContain(bad);
}

function seeded(files: Record<string, string>): { repo: TestRepo; remote: TestRepo } {
  const { repo, remote } = repoWithRemote();
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.write('README.md', 'hello\n').add().commit('Initial commit');
  return { repo, remote };
}

describe('aiguard init with husky (the real husky package)', () => {
  it('adds the calls to .husky/<hook>, keeps what was there, is idempotent, and the hooks refuse', () => {
    const { repo, remote } = seeded({ 'package.json': JSON.stringify({ name: 'x', devDependencies: { husky: '^9.1.7' } }), '.husky/pre-commit': 'echo "lint ran"\n' });
    const husky = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/husky/bin.js')], { cwd: repo.dir, env: hookEnv(), encoding: 'utf8' });
    expect(husky.status, husky.stderr).toBe(0);
    const dry = runCli(['init', '--dry-run'], { cwd: repo.dir, env: hookEnv() });
    expect(dry.stdout).toContain('aiguard init: husky: would change:');
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('echo "lint ran"\n');
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.husky/pre-commit'), 'utf8')).toBe('echo "lint ran"\naiguard hook pre-commit\n');
    expect(readFileSync(join(repo.dir, '.husky/commit-msg'), 'utf8')).toBe('aiguard hook commit-msg "$@"\n');
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).stdout).toBe('aiguard init: husky: already installed, nothing to change\n');
    expectGuarded(repo, remote);
  });
});

describe('aiguard init with lefthook 2.2.1', () => {
  it('adds commands to lefthook.yml beside the existing ones, and the hooks refuse', () => {
    const { repo, remote } = seeded({ 'lefthook.yml': '# team hooks\npre-commit:\n  commands:\n    lint:\n      run: echo lint\n' });
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
    const config = readFileSync(join(repo.dir, 'lefthook.yml'), 'utf8');
    expect(config).toContain('# team hooks');
    expect(config).toContain('run: echo lint');
    expect(config).toContain('run: aiguard hook pre-commit');
    expect(config).toContain('run: aiguard hook commit-msg {1}');
    expect(config).toMatch(/run: aiguard hook pre-push \{1\} \{2\}\n\s+use_stdin: true/);
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).stdout).toBe('aiguard init: lefthook: already installed, nothing to change\n');
    const env = hookEnv({ PATH: `${hookEnv().PATH}:${BIN}` });
    const install = spawnSync(join(BIN, 'lefthook'), ['install'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(install.status, install.stderr + install.stdout).toBe(0);
    expectGuarded(repo, remote, env);
  });
});

const preCommitInstalled = spawnSync('pre-commit', ['--version']).status === 0;

describe.skipIf(!preCommitInstalled)('aiguard init with the pre-commit framework', () => {
  it('adds a local repo entry, pre-commit install sets up all three stages, and the hooks refuse', () => {
    const { repo, remote } = seeded({ '.pre-commit-config.yaml': 'repos: []\n' });
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
    const config = readFileSync(join(repo.dir, '.pre-commit-config.yaml'), 'utf8');
    expect(config).toContain('entry: aiguard hook pre-commit');
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).stdout).toBe('aiguard init: pre-commit framework: already installed, nothing to change\n');
    repo.git('add', '.pre-commit-config.yaml');
    repo.commit('Add aiguard to pre-commit');
    const env = hookEnv({ PRE_COMMIT_HOME: join(repo.dir, '.git/pre-commit-home') });
    const install = spawnSync('pre-commit', ['install'], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(install.status, install.stderr + install.stdout).toBe(0);
    for (const hook of ['pre-commit', 'commit-msg', 'pre-push']) expect(existsSync(join(repo.dir, '.git/hooks', hook)), hook).toBe(true);
    expectGuarded(repo, remote, env);
  });
});

describe.skipIf(!preCommitInstalled)('pre-push under the pre-commit framework, which keeps stdin to itself', () => {
  it('a branch entirely new to the remote (root commit included) is read from PRE_COMMIT_LOCAL_BRANCH', () => {
    const { repo, remote } = seeded({ '.pre-commit-config.yaml': 'repos: []\n' });
    runCli(['init'], { cwd: repo.dir, env: hookEnv() });
    repo.git('add', '.pre-commit-config.yaml');
    const bad = repo.commit(`Add config\n\n${TRAILER}\n`);
    const env = hookEnv({ PRE_COMMIT_HOME: join(repo.dir, '.git/pre-commit-home') });
    expect(spawnSync('pre-commit', ['install'], { cwd: repo.dir, env }).status).toBe(0);
    const push = runGit(repo, ['push', 'origin', 'main'], { env });
    expect(push.code).not.toBe(0);
    expect(push.stdout + push.stderr).toContain(`commit ${bad.slice(0, 12)}`);
    expect(remoteRefs(remote)).toBe('');
  });
});

describe('aiguard init with lefthook jobs', () => {
  it('adds an aiguard job to a hook that lists jobs, once', () => {
    const { repo } = seeded({ 'lefthook.yml': 'pre-commit:\n  jobs:\n    - name: lint\n      run: echo lint\n' });
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
    expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).stdout).toContain('already installed');
    const config = readFileSync(join(repo.dir, 'lefthook.yml'), 'utf8');
    expect(config).toMatch(/jobs:\n\s+- name: lint\n\s+run: echo lint\n\s+- name: aiguard\n\s+run: aiguard hook pre-commit\n/);
    expect(config.match(/aiguard hook pre-commit/g)).toHaveLength(1);
  });
});

describe('the pre-commit framework manifest', () => {
  it('offers one hook a stage, each calling aiguard hook with that stage', async () => {
    const { parse } = await import('yaml');
    const manifest = parse(readFileSync(join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; stages: string[] }[];
    expect(manifest.map((hook) => [hook.id, hook.entry, hook.stages])).toEqual([
      ['aiguard', 'aiguard hook pre-commit', ['pre-commit']],
      ['aiguard-commit-msg', 'aiguard hook commit-msg', ['commit-msg']],
      ['aiguard-pre-push', 'aiguard hook pre-push', ['pre-push']],
    ]);
  });
});
