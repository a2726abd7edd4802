// Every hook manager, with aiguard as the project's devDependency or installed globally (both from the packed
// tarball, as users install it): `aiguard init` through the installed aiguard, the manager's own install, then real
// commits and pushes. Each refuses a staged CLAUDE.md and a co-author trailer and lets a clean commit through;
// `aiguard uninstall` puts the manager's config back as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanEnv, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { type GitRun, remoteRefs, repoWithRemote, runGitAsync, spawnAsync } from '../helpers/hook-env.js';
import { devDependencyCopy, devDependencyTemplate, globalInstallAsync, packedTarball } from '../helpers/installs.js';
import { projectRepository } from '../helpers/project-copy.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
// lefthook's own binary (its npm package's node wrapper would only start it), as a global lefthook puts it on PATH.
const require = createRequire(join(PROJECT_ROOT, 'package.json'));
const LEFTHOOK = (require('lefthook/get-exe.js') as { getExePath: () => string }).getExePath();
type Mode = 'devDependency' | 'global';
const MODES: Mode[] = ['devDependency', 'global'];
const preCommitInstalled = spawnSync('pre-commit', ['--version']).status === 0;

let globalPrefix: string | undefined;
let devDependency: string | undefined;
let preCommitHome: string | undefined;

// The tarball installed once each way, side by side; each test's project gets a copy of the devDependency install.
// One pre-commit store for the file: the remote form's clone of the hook repository is made once, as on a user's machine.
beforeAll(async () => {
  packedTarball();
  preCommitHome = tempDir('aiguard-pre-commit-home-');
  [globalPrefix, devDependency] = await Promise.all([globalInstallAsync(), devDependencyTemplate()]);
});

/** A PATH with node and git but no aiguard; the global install's bin first in global mode. */
function pathFor(mode: Mode | 'none', extra: string[] = []): string {
  const global = mode === 'global' ? [join(globalPrefix!, 'bin')] : [];
  return [...global, ...extra, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
}

interface Consumer {
  repo: TestRepo;
  remote: TestRepo;
  env: NodeJS.ProcessEnv;
  aiguard: (args: string[]) => Promise<GitRun>;
}

function consumer(mode: Mode | 'none', files: Record<string, string>, extraPath: string[] = []): Consumer {
  const { repo, remote } = repoWithRemote();
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  if (mode === 'devDependency') devDependencyCopy(devDependency!, repo.dir);
  const env = cleanEnv({ PATH: pathFor(mode, extraPath), PRE_COMMIT_HOME: preCommitHome });
  repo.write('README.md', 'hello\n').add().commit('Initial commit');
  const bin = mode === 'devDependency' ? join(repo.dir, 'node_modules/.bin/aiguard') : 'aiguard';
  const aiguard = (args: string[]) => spawnAsync(bin, args, { cwd: repo.dir, env });
  return { repo, remote, env, aiguard };
}

async function run(command: string, args: string[], { repo, env }: Consumer): Promise<void> {
  const result = await spawnAsync(command, args, { cwd: repo.dir, env });
  expect(result.code, `${command} ${args.join(' ')}: ${result.stderr}${result.stdout}`).toBe(0);
}

/** A staged CLAUDE.md is refused and a clean commit passes; in full, a trailer and a pushed trailer commit are refused too. */
async function expectGuarded({ repo, remote, env }: Consumer, full: boolean): Promise<void> {
  const head = repo.git('rev-parse', 'HEAD');
  repo.write('CLAUDE.md', 'x\n').add('CLAUDE.md');
  const byPath = await runGitAsync(repo, ['commit', '-m', 'Add CLAUDE.md'], { env });
  expect(byPath.code, byPath.stderr + byPath.stdout).not.toBe(0);
  expect(byPath.stdout + byPath.stderr).toMatch(/git rm --cached (:\/)?CLAUDE\.md/);
  repo.git('rm', '-q', '--cached', 'CLAUDE.md');
  repo.write('.git/info/exclude', 'CLAUDE.md\n');
  repo.write('a.txt', 'a\n').add('a.txt');
  if (!full) {
    const clean = await runGitAsync(repo, ['commit', '-q', '-m', 'Add a'], { env });
    expect(clean.code, clean.stderr + clean.stdout).toBe(0);
    return;
  }
  const byMessage = await runGitAsync(repo, ['commit', '-m', 'Add a', '-m', TRAILER], { env });
  expect(byMessage.code, byMessage.stderr + byMessage.stdout).not.toBe(0);
  expect(byMessage.stdout + byMessage.stderr).toContain(`found: ${TRAILER}`);
  expect(repo.git('rev-parse', 'HEAD')).toBe(head);
  const clean = await runGitAsync(repo, ['commit', '-q', '-m', 'Add a'], { env });
  expect(clean.code, clean.stderr + clean.stdout).toBe(0);
  const cleanPush = await runGitAsync(repo, ['push', '-q', 'origin', 'main'], { env });
  expect(cleanPush.code, cleanPush.stderr + cleanPush.stdout).toBe(0);
  repo.write('b.txt', 'b\n').add('b.txt');
  const bad = repo.commit(`Add b\n\n${TRAILER}\n`);
  const push = await runGitAsync(repo, ['push', 'origin', 'main'], { env });
  expect(push.code, push.stderr + push.stdout).not.toBe(0);
  expect(push.stdout + push.stderr).toContain(`commit ${bad.slice(0, 12)}`);
  expect(remoteRefs(remote)).not.toContain(bad);
}

/** uninstall --dry-run changes nothing; uninstall restores `files`; a second one has nothing to do. */
async function expectUninstalled(target: Consumer, manager: string, files: Record<string, string>): Promise<void> {
  const dry = await target.aiguard(['uninstall', '--dry-run']);
  expect(dry.stdout).toContain(`aiguard uninstall: ${manager}: would change:`);
  expect(existsSync(join(target.repo.dir, '.aiguard/aiguard-runner.sh'))).toBe(true);
  expect((await target.aiguard(['uninstall'])).code).toBe(0);
  for (const [path, content] of Object.entries(files)) expect(readFileSync(join(target.repo.dir, path), 'utf8'), path).toBe(content);
  expect(existsSync(join(target.repo.dir, '.aiguard'))).toBe(false);
  expect((await target.aiguard(['uninstall'])).stdout).toBe(
    `aiguard uninstall: ${manager}: nothing of aiguard's installed, nothing to change\n`,
  );
}

// Every test builds its own repositories and waits on child processes: they run side by side (vitest's maxConcurrency).
describe.concurrent('hook managers', () => {
  describe.each(MODES)('husky (the real husky package), aiguard as a %s', (mode) => {
    it("init adds the runner line before the hook's exit, the hooks refuse, uninstall removes exactly that", async () => {
      const files = { '.husky/pre-commit': 'echo "lint ran"\nexit 0\n' };
      const target = consumer(mode, files);
      await run(process.execPath, [join(PROJECT_ROOT, 'node_modules/husky/bin.js')], target);
      const dry = await target.aiguard(['init', '--dry-run']);
      expect(dry.stdout).toContain('aiguard init: husky: would change:');
      expect(readFileSync(join(target.repo.dir, '.husky/pre-commit'), 'utf8')).toBe(files['.husky/pre-commit']);
      expect((await target.aiguard(['init'])).code).toBe(0);
      const hook = readFileSync(join(target.repo.dir, '.husky/pre-commit'), 'utf8');
      expect(hook).toBe('echo "lint ran"\nsh .aiguard/aiguard-runner.sh pre-commit\nexit 0\n');
      expect(readFileSync(join(target.repo.dir, '.husky/commit-msg'), 'utf8')).toBe('sh .aiguard/aiguard-runner.sh commit-msg "$@"\n');
      expect((await target.aiguard(['init'])).stdout).toBe('aiguard init: husky: already installed, nothing to change\n');
      target.repo.add().commit('Add aiguard to husky');
      await expectGuarded(target, mode === 'devDependency');
      if (mode === 'devDependency') await expectUninstalled(target, 'husky', files);
    });
  });

  describe.each(MODES)('lefthook 2.2.1, aiguard as a %s', (mode) => {
    it('init adds commands beside the existing ones, lefthook install, the hooks refuse, uninstall restores the file', async () => {
      const files = { 'lefthook.yml': '# team hooks\npre-commit:\n  commands:\n    lint:\n      run: echo lint\n' };
      // lefthook itself on PATH, as a global lefthook would provide it.
      const target = consumer(mode, files, [dirname(LEFTHOOK)]);
      expect((await target.aiguard(['init'])).code).toBe(0);
      const config = readFileSync(join(target.repo.dir, 'lefthook.yml'), 'utf8');
      expect(config).toContain('# team hooks');
      expect(config).toContain('run: echo lint');
      expect(config).toContain('run: sh .aiguard/aiguard-runner.sh pre-commit\n');
      expect(config).toContain('run: sh .aiguard/aiguard-runner.sh commit-msg {1}');
      expect(config).toMatch(/run: sh \.aiguard\/aiguard-runner\.sh pre-push \{1\} \{2\}\n\s+use_stdin: true/);
      expect((await target.aiguard(['init'])).stdout).toBe('aiguard init: lefthook: already installed, nothing to change\n');
      target.repo.add().commit('Add aiguard to lefthook');
      await run(LEFTHOOK, ['install'], target);
      await expectGuarded(target, mode === 'devDependency');
      if (mode === 'devDependency') await expectUninstalled(target, 'lefthook', files);
    });
  });

  describe.skipIf(!preCommitInstalled && !process.env.CI).each(MODES)('the pre-commit framework, local form, aiguard as a %s', (mode) => {
    it('init adds a local repo entry, pre-commit install sets up all three stages, the hooks refuse, uninstall restores', async () => {
      const files = { '.pre-commit-config.yaml': 'repos: []\n' };
      const target = consumer(mode, files);
      expect((await target.aiguard(['init'])).code).toBe(0);
      const written = readFileSync(join(target.repo.dir, '.pre-commit-config.yaml'), 'utf8');
      expect(written).toContain('entry: sh .aiguard/aiguard-runner.sh pre-commit');
      expect((await target.aiguard(['init'])).stdout).toBe('aiguard init: pre-commit framework: already installed, nothing to change\n');
      target.repo.add().commit('Add aiguard to pre-commit');
      await run('pre-commit', ['install'], target);
      for (const hook of ['pre-commit', 'commit-msg', 'pre-push']) {
        expect(existsSync(join(target.repo.dir, '.git/hooks', hook)), hook).toBe(true);
      }
      await expectGuarded(target, mode === 'devDependency');
      if (mode === 'devDependency') await expectUninstalled(target, 'pre-commit framework', files);
    });
  });

  const REMOTE_MODES = [...MODES, 'none' as const];
  describe.skipIf(!preCommitInstalled && !process.env.CI).each(REMOTE_MODES)(
    'pre-commit framework, remote form (file:// clone, v0.2.0), aiguard %s',
    (mode) => {
      it('pre-commit install, then the hooks refuse and a clean commit passes', async () => {
        const url = `file://${projectRepository('v0.2.0')}`;
        const config = [
          'default_install_hook_types: [pre-commit, commit-msg, pre-push]',
          'repos:',
          `  - repo: ${url}`,
          '    rev: v0.2.0',
          '    hooks:',
          '      - id: aiguard',
          '      - id: aiguard-commit-msg',
          '      - id: aiguard-pre-push',
          '',
        ].join('\n');
        // 'none': no aiguard but the one in pre-commit's clone of the hook repository.
        const target = consumer(mode, { '.pre-commit-config.yaml': config });
        await run('pre-commit', ['install'], target);
        await expectGuarded(target, mode === 'devDependency');
      });
    },
  );

  describe.skipIf(!preCommitInstalled && !process.env.CI)('pre-push under the pre-commit framework, which keeps stdin to itself', () => {
    it('a branch entirely new to the remote (root commit included) is read from PRE_COMMIT_LOCAL_BRANCH', async () => {
      const target = consumer('devDependency', { '.pre-commit-config.yaml': 'repos: []\n' });
      expect((await target.aiguard(['init'])).code).toBe(0);
      target.repo.add();
      const bad = target.repo.commit(`Add config\n\n${TRAILER}\n`);
      await run('pre-commit', ['install'], target);
      const push = await runGitAsync(target.repo, ['push', 'origin', 'main'], { env: target.env });
      expect(push.code).not.toBe(0);
      expect(push.stdout + push.stderr).toContain(`commit ${bad.slice(0, 12)}`);
      expect(remoteRefs(target.remote)).toBe('');
    });
  });

  describe('aiguard init with lefthook jobs', () => {
    it('adds an aiguard job to a hook that lists jobs, once; uninstall takes it out again', async () => {
      const original = 'pre-commit:\n  jobs:\n    - name: lint\n      run: echo lint\n';
      const target = consumer('global', { 'lefthook.yml': original });
      expect((await target.aiguard(['init'])).code).toBe(0);
      expect((await target.aiguard(['init'])).stdout).toContain('already installed');
      const config = readFileSync(join(target.repo.dir, 'lefthook.yml'), 'utf8');
      expect(config).toMatch(
        /jobs:\n\s+- name: lint\n\s+run: echo lint\n\s+- name: aiguard\n\s+run: sh \.aiguard\/aiguard-runner\.sh pre-commit\n/,
      );
      expect(config.match(/aiguard-runner\.sh pre-commit/g)).toHaveLength(1);
      expect((await target.aiguard(['uninstall'])).code).toBe(0);
      expect(readFileSync(join(target.repo.dir, 'lefthook.yml'), 'utf8')).toBe(original);
    });
  });

  describe('the pre-commit framework manifest (.pre-commit-hooks.yaml)', () => {
    it('offers one hook a stage, each running the runner from the clone, with stage names every release reads', async () => {
      const { parse } = await import('yaml');
      const manifest = parse(readFileSync(join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
      expect(manifest.map((hook) => [hook.id, hook.entry, hook.language, hook.stages])).toEqual([
        ['aiguard', 'hooks/aiguard-runner.sh pre-commit', 'script', ['commit']],
        ['aiguard-commit-msg', 'hooks/aiguard-runner.sh commit-msg', 'script', ['commit-msg']],
        ['aiguard-pre-push', 'hooks/aiguard-runner.sh pre-push', 'script', ['push']],
      ]);
      // Debian's pre-commit (3.0.4) refuses a manifest that asks for a newer release.
      for (const hook of manifest) expect(hook.minimum_pre_commit_version).toBeUndefined();
    });
  });
});
