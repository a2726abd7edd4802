// The one hook runner (hooks/aiguard-runner.sh) and the native hooks `aiguard init` installs with it: which aiguard
// runs, failing closed, a minimal PATH, and hooks that survive moving the repository; uninstall undoes init exactly.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanEnv, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { type GitRun, hookEnv, runCliAsync, runGitAsync, spawnAsync } from '../helpers/hook-env.js';
import { NATIVE_STUB } from '../../src/init/native.js';
import { projectCopy } from '../helpers/project-copy.js';

afterAll(cleanupTempDirs);

const RUNNER = join(PROJECT_ROOT, 'hooks/aiguard-runner.sh');
const SYSTEM_PATH = `${join(process.execPath, '..')}:/usr/bin:/bin`;

function fakeCommand(dir: string, name: string, script: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), script);
  chmodSync(join(dir, name), 0o755);
}

/** The runner as a hook manager calls it: sh aiguard-runner.sh <hook> [args]; a copy outside any aiguard package, as
 * init writes it into a project, unless `packaged` (then it may fall back on this checkout's own bundle). */
function runner(cwd: string, args: string[], env: NodeJS.ProcessEnv, packaged = false): Promise<GitRun> {
  let path = RUNNER;
  if (!packaged) {
    path = join(tempDir('aiguard-runner-'), '.aiguard/aiguard-runner.sh');
    mkdirSync(join(path, '..'));
    writeFileSync(path, readFileSync(RUNNER));
  }
  return spawnAsync('sh', [path, ...args], { cwd, env });
}

// Each test builds its own repositories and waits on sh, git and aiguard: they run side by side (vitest's maxConcurrency).
describe.concurrent('the hook runner', () => {
  describe('hooks/: one runner, one-line stubs', () => {
    it('every hook file in hooks/ is the stub aiguard init installs', async () => {
      for (const hook of ['pre-commit', 'commit-msg', 'pre-push', 'pre-receive']) {
        expect(readFileSync(join(PROJECT_ROOT, 'hooks', hook), 'utf8'), hook).toBe(NATIVE_STUB);
      }
      expect(NATIVE_STUB.trim().split('\n')).toHaveLength(2);
    });
  });

  describe('which aiguard the runner runs', () => {
    function project(): { repo: TestRepo; bin: string } {
      const repo = TestRepo.init();
      repo.write('README.md', 'x\n').add().commit('init');
      const bin = tempDir('aiguard-fake-');
      fakeCommand(bin, 'aiguard', '#!/bin/sh\necho "global $*"\n');
      return { repo, bin };
    }

    it("the project's (node_modules) before the one on PATH, with the hook name and git's arguments", async () => {
      const { repo, bin } = project();
      const env = cleanEnv({ PATH: `${bin}:${SYSTEM_PATH}` });
      expect((await runner(repo.dir, ['commit-msg', '.git/COMMIT_EDITMSG'], env)).stdout).toBe(
        'global hook commit-msg .git/COMMIT_EDITMSG\n',
      );
      repo.write('.gitignore', 'node_modules/\n');
      repo.write('node_modules/aiguard/dist/cli.js', 'console.log("project " + process.argv.slice(2).join(" "));\n');
      expect((await runner(repo.dir, ['commit-msg', '.git/COMMIT_EDITMSG'], env)).stdout).toBe(
        'project hook commit-msg .git/COMMIT_EDITMSG\n',
      );
      // AIGUARD, a command with arguments, overrides both.
      const explicit = await runner(
        repo.dir,
        ['pre-commit'],
        cleanEnv({ PATH: `${bin}:${SYSTEM_PATH}`, AIGUARD: `${bin}/aiguard --from-env` }),
      );
      expect(explicit.stdout).toBe('global --from-env hook pre-commit\n');
    });

    it('never runs a node_modules aiguard that git tracks: the commit is refused and the program does not run', async () => {
      const { repo, bin } = project();
      const marker = join(tempDir(), 'ran');
      repo.write('node_modules/aiguard/dist/cli.js', `require("fs").writeFileSync(${JSON.stringify(marker)}, "x");\n`);
      repo.add().commit('vendored');
      const result = await runner(repo.dir, ['pre-commit'], cleanEnv({ PATH: `${bin}:${SYSTEM_PATH}` }));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'aiguard: pre-commit hook: node_modules/aiguard is tracked by git, so it is not run ' +
          '(untrack it: git rm -r --cached node_modules); commit refused\n',
      );
      expect(existsSync(marker)).toBe(false);
    });

    it('fails closed: no aiguard at all, or aiguard failing (exit 2), refuses; exit 1 stays a plain refusal', async () => {
      const { repo, bin } = project();
      const none = await runner(repo.dir, ['pre-push', 'origin'], cleanEnv({ PATH: SYSTEM_PATH }));
      const notFound = 'aiguard: pre-push hook: cannot find aiguard (looked at $AIGUARD, ./node_modules, PATH); push refused\n';
      expect(none).toMatchObject({ code: 1, stderr: notFound });
      fakeCommand(bin, 'aiguard', '#!/bin/sh\necho "boom" >&2\nexit 2\n');
      const broken = await runner(repo.dir, ['pre-commit'], cleanEnv({ PATH: `${bin}:${SYSTEM_PATH}` }));
      const failed = 'boom\naiguard: pre-commit hook: aiguard could not check this commit (exit 2); commit refused\n';
      expect(broken).toMatchObject({ code: 1, stderr: failed });
      fakeCommand(bin, 'aiguard', '#!/bin/sh\nexit 1\n');
      expect(await runner(repo.dir, ['pre-commit'], cleanEnv({ PATH: `${bin}:${SYSTEM_PATH}` }))).toMatchObject({ code: 1, stderr: '' });
      expect((await runner(repo.dir, [], cleanEnv({ PATH: SYSTEM_PATH }))).code).toBe(1);
    });

    it("with none of those, the aiguard package the runner belongs to (the pre-commit framework's clone of it)", async () => {
      const { repo } = project();
      repo.write('CLAUDE.md', 'x\n').add();
      const result = await runner(repo.dir, ['pre-commit'], cleanEnv({ PATH: SYSTEM_PATH }), true);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('✖ CLAUDE.md');
    });
  });

  describe('native hooks (aiguard init with no hook manager)', () => {
    function initialised(): TestRepo {
      const repo = new TestRepo(TestRepo.init().dir, hookEnv());
      repo.write('README.md', 'hello\n').add().commit('Initial commit');
      expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
      return repo;
    }

    async function refusesClaudeMd(repo: TestRepo, env = hookEnv(), dir = repo.dir): Promise<void> {
      const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' });
      writeFileSync(join(dir, 'CLAUDE.md'), 'x\n');
      execFileSync('git', ['add', 'CLAUDE.md'], { cwd: dir, env: cleanEnv() });
      const commit = await runGitAsync(dir, ['commit', '-m', 'Add CLAUDE.md'], { env });
      expect(commit.code, commit.stderr).not.toBe(0);
      expect(commit.stderr).toContain('✖ CLAUDE.md');
      expect(execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' })).toBe(head);
      execFileSync('git', ['rm', '-q', '--cached', 'CLAUDE.md'], { cwd: dir, env: cleanEnv() });
    }

    it('writes no path into git config: the repository moved elsewhere keeps its hooks, and so do linked worktrees', async () => {
      const repo = initialised();
      expect((await runGitAsync(repo, ['config', '--get', 'core.hooksPath'])).code).toBe(1);
      expect(readFileSync(join(repo.dir, '.git/config'), 'utf8')).not.toContain(repo.dir);
      const moved = join(tempDir('aiguard-moved-'), 'project');
      renameSync(repo.dir, moved);
      await refusesClaudeMd(repo, hookEnv(), moved);
      const worktree = join(tempDir('aiguard-worktree-'), 'wt');
      execFileSync('git', ['worktree', 'add', '-q', worktree], { cwd: moved, env: cleanEnv() });
      await refusesClaudeMd(repo, hookEnv(), worktree);
      writeFileSync(join(worktree, 'clean.txt'), 'ok\n');
      execFileSync('git', ['add', 'clean.txt'], { cwd: worktree, env: cleanEnv() });
      expect((await runGitAsync(worktree, ['commit', '-q', '-m', 'Clean'], { env: hookEnv() })).code).toBe(0);
    });

    it('works with the minimal PATH of a GUI git client: node and a global aiguard found in ~/.nvm', async () => {
      const repo = initialised();
      const home = tempDir('aiguard-home-');
      const nvmBin = join(home, '.nvm/versions/node/v20.0.0/bin');
      mkdirSync(nvmBin, { recursive: true });
      symlinkSync(process.execPath, join(nvmBin, 'node'));
      symlinkSync(join(projectCopy(), 'dist/cli.js'), join(nvmBin, 'aiguard'));
      // Only what a hook needs besides node: sh, git and the tools the runner calls.
      const minimal = tempDir('aiguard-minimal-path-');
      for (const tool of ['sh', 'git', 'cat', 'mktemp', 'rm']) {
        symlinkSync(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(minimal, tool));
      }
      const env = cleanEnv({ PATH: minimal, HOME: home });
      expect(spawnSync('sh', ['-c', 'command -v node'], { env }).status).not.toBe(0);
      await refusesClaudeMd(repo, env);
      repo.write('ok.txt', 'ok\n').add('ok.txt');
      const clean = await runGitAsync(repo, ['commit', '-q', '-m', 'Clean'], { env });
      expect(clean, clean.stderr).toMatchObject({ code: 0, stderr: '' });
    });

    const uninstallTitle =
      'uninstall puts the hooks folder back exactly as before init, the old hook included; idempotent; --dry-run changes nothing';
    it(uninstallTitle, async () => {
      const repo = new TestRepo(TestRepo.init().dir, hookEnv());
      repo.write('README.md', 'hello\n').add().commit('Initial commit');
      writeFileSync(join(repo.dir, '.git/hooks/pre-commit'), '#!/bin/sh\necho "old hook ran" >&2\n');
      chmodSync(join(repo.dir, '.git/hooks/pre-commit'), 0o755);
      const snapshot = () => {
        const folder = join(repo.dir, '.git/hooks');
        return Object.fromEntries(
          readdirSync(folder)
            .sort()
            .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
        );
      };
      const before = snapshot();
      const config = readFileSync(join(repo.dir, '.git/config'), 'utf8');
      expect((await runCliAsync(['init'], { cwd: repo.dir, env: hookEnv() })).code).toBe(0);
      const commit = await runGitAsync(repo, ['commit', '-q', '--allow-empty', '-m', 'Empty']);
      expect(commit.stderr).toContain('old hook ran');
      const installed = snapshot();
      const dry = await runCliAsync(['uninstall', '--dry-run'], { cwd: repo.dir, env: hookEnv() });
      expect(dry.stdout).toContain('.git/hooks/pre-commit.before-aiguard → .git/hooks/pre-commit: the pre-commit hook from before aiguard');
      expect(snapshot()).toEqual(installed);
      expect((await runCliAsync(['uninstall'], { cwd: repo.dir, env: hookEnv() })).code).toBe(0);
      expect(snapshot()).toEqual(before);
      expect(readFileSync(join(repo.dir, '.git/config'), 'utf8')).toBe(config);
      const nothing = "aiguard uninstall: native hooks: nothing of aiguard's installed, nothing to change\n";
      expect((await runCliAsync(['uninstall'], { cwd: repo.dir, env: hookEnv() })).stdout).toBe(nothing);
    });

    it('a hand-written hook that calls aiguard itself is neither replaced nor removed', async () => {
      const repo = new TestRepo(TestRepo.init().dir, hookEnv());
      repo.write('README.md', 'hello\n').add().commit('Initial commit');
      expect((await runCliAsync(['init'], { cwd: repo.dir, env: hookEnv() })).code).toBe(0);
      writeFileSync(join(repo.dir, '.git/hooks/commit-msg'), '#!/bin/sh\naiguard hook commit-msg "$1" && ./lint-message "$1"\n');
      expect((await runCliAsync(['uninstall'], { cwd: repo.dir, env: hookEnv() })).stdout).not.toContain('commit-msg');
      expect(existsSync(join(repo.dir, '.git/hooks/commit-msg'))).toBe(true);
    });
  });
});
