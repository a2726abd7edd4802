import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCli } from '../helpers/git-repo.js';
import { hookEnv, remoteRefs, repoWithRemote, runCliAsync, runGitAsync } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

let built: { repo: TestRepo; remote: TestRepo } | undefined;

/** A repository with one commit after `aiguard init`, and its bare remote: built once, each test gets a copy. */
function initialised() {
  built ??= buildInitialised();
  const remote = built.remote.copy();
  const repo = built.repo.copy();
  repo.git('remote', 'set-url', 'origin', remote.dir);
  return { repo, remote };
}

function buildInitialised() {
  const { repo, remote } = repoWithRemote();
  repo.write('README.md', 'hello\n').add().commit('Initial commit');
  const init = runCli(['init'], { cwd: repo.dir, env: hookEnv() });
  expect(init.code).toBe(0);
  return { repo, remote };
}

// Each test works on its own copy and waits on git and aiguard processes: they run side by side (vitest's maxConcurrency).
describe.concurrent('native hooks', () => {
  describe('native hooks after aiguard init: real git commit', () => {
    it('refuses a commit that adds CLAUDE.md, names the file and the fix, and commits nothing', async () => {
      const { repo } = initialised();
      const before = repo.git('rev-parse', 'HEAD');
      repo.write('CLAUDE.md', '# notes\n').add();
      const commit = await runGitAsync(repo, ['commit', '-m', 'Add notes']);
      expect(commit.code).not.toBe(0);
      expect(commit.stderr).toContain('aiguard: commit refused — 1 blocking finding under the built-in default policy');
      expect(commit.stderr).toContain('✖ CLAUDE.md');
      expect(commit.stderr).toContain('fix:   Remove it from the repository and keep your copy out of git: git rm --cached :/CLAUDE.md');
      expect(commit.stderr).toContain('(tools.claude-code: block)');
      expect(repo.git('rev-parse', 'HEAD')).toBe(before);
    });

    it('lets a clean commit through silently', async () => {
      const { repo } = initialised();
      repo.write('src/a.ts', 'export const a = 1;\n').add();
      const commit = await runGitAsync(repo, ['commit', '-q', '-m', 'Add a']);
      expect(commit).toMatchObject({ code: 0, stderr: '' });
      expect(repo.git('log', '-1', '--format=%s').trim()).toBe('Add a');
    });

    it('refuses a message with the Claude co-author trailer and gives the fix-message command', async () => {
      const { repo } = initialised();
      const before = repo.git('rev-parse', 'HEAD');
      repo.write('b.txt', 'b\n').add();
      const commit = await runGitAsync(repo, ['commit', '-m', 'Add b', '-m', TRAILER]);
      expect(commit.code).not.toBe(0);
      expect(commit.stderr).toContain('✖ commit message line 3');
      expect(commit.stderr).toContain(`found: ${TRAILER}`);
      // The message file's absolute path: git runs the hook at the top, the person may be in any folder.
      const file = join(repo.dir, '.git/COMMIT_EDITMSG');
      expect(commit.stderr).toContain(`fix:   aiguard fix-message ${file} && git commit -F ${file}`);
      expect(commit.stderr.split('\n').length).toBeLessThanOrEqual(12);
      expect(repo.git('rev-parse', 'HEAD')).toBe(before);
      // The printed fix works as printed.
      const fix = await runCliAsync(['fix-message', '.git/COMMIT_EDITMSG'], { cwd: repo.dir, env: hookEnv() });
      expect(fix.code).toBe(0);
      expect((await runGitAsync(repo, ['commit', '-q', '-F', '.git/COMMIT_EDITMSG'])).code).toBe(0);
      expect(repo.git('log', '-1', '--format=%B').trim()).toBe('Add b');
    });

    for (const variable of ['CLAUDECODE=1', 'CLAUDE_CODE_SESSION_ID=0b7e5c1a', 'CLAUDE_CODE_REMOTE=true']) {
      it(`refuses a clean commit made inside a Claude Code session (${variable})`, async () => {
        const { repo } = initialised();
        const before = repo.git('rev-parse', 'HEAD');
        const [name, value] = variable.split('=') as [string, string];
        repo.write('c.txt', 'c\n').add();
        const commit = await runGitAsync(repo, ['commit', '-m', 'Add c'], { env: hookEnv({ [name]: value }) });
        expect(commit.code).not.toBe(0);
        expect(commit.stderr).toContain('✖ the environment of this git process');
        expect(commit.stderr).toContain(`found: ${variable}`);
        expect(repo.git('rev-parse', 'HEAD')).toBe(before);
      });
    }

    it('a human co-author and CLAUDECODE=0 pass', async () => {
      const { repo } = initialised();
      repo.write('d.txt', 'd\n').add();
      const commit = await runGitAsync(
        repo,
        ['commit', '-q', '-m', 'Add d', '-m', 'Co-authored-by: Claude Dupont <claude.dupont@example.org>'],
        {
          env: hookEnv({ CLAUDECODE: '0' }),
        },
      );
      expect(commit).toMatchObject({ code: 0, stderr: '' });
    });

    it('chains the hooks that were there before, and a second init changes nothing', async () => {
      const { repo } = repoWithRemote();
      repo.write('README.md', 'hello\n').add().commit('Initial commit');
      const old = join(repo.dir, '.git/hooks/pre-commit');
      writeFileSync(old, '#!/bin/sh\necho "old hook ran" >&2\nexit 3\n');
      chmodSync(old, 0o755);
      const dry = await runCliAsync(['init', '--dry-run'], { cwd: repo.dir, env: hookEnv() });
      expect(dry.stdout).toContain('aiguard init: native hooks: would change:');
      expect(dry.stdout).toContain('.git/hooks/pre-commit → .git/hooks/pre-commit.before-aiguard: kept: runs after aiguard passes');
      expect(dry.stdout).toContain('.git/hooks/pre-commit: aiguard hook pre-commit, then the existing pre-commit hook');
      expect(existsSync(join(repo.dir, '.git/hooks/aiguard-runner.sh'))).toBe(false);
      expect((await runCliAsync(['init'], { cwd: repo.dir, env: hookEnv() })).code).toBe(0);
      // Nothing absolute is configured: git's own hooks folder, which moves with the repository.
      expect((await runGitAsync(repo, ['config', '--get', 'core.hooksPath'])).code).toBe(1);
      const again = await runCliAsync(['init'], { cwd: repo.dir, env: hookEnv() });
      expect(again.stdout).toBe('aiguard init: native hooks: already installed, nothing to change\n');
      repo.write('e.txt', 'e\n').add();
      const commit = await runGitAsync(repo, ['commit', '-m', 'Add e']);
      expect(commit.code).not.toBe(0);
      expect(commit.stderr).toContain('old hook ran');
      expect(repo.git('log', '--format=%s')).toBe('Initial commit\n');
      expect(readFileSync(join(repo.dir, '.git/hooks/pre-commit.before-aiguard'), 'utf8')).toBe(
        '#!/bin/sh\necho "old hook ran" >&2\nexit 3\n',
      );
    });

    it('fails closed when aiguard cannot be found', async () => {
      const { repo } = initialised();
      const before = repo.git('rev-parse', 'HEAD');
      repo.write('f.txt', 'f\n').add();
      const commit = await runGitAsync(repo, ['commit', '-m', 'Add f'], { env: hookEnv({ PATH: '/usr/bin:/bin' }) });
      expect(commit.code).not.toBe(0);
      expect(commit.stderr).toContain(
        'aiguard: pre-commit hook: cannot find aiguard (looked at $AIGUARD, ./node_modules, PATH); commit refused',
      );
      expect(repo.git('rev-parse', 'HEAD')).toBe(before);
    });
  });

  describe('native hooks after aiguard init: real git push to a bare repository', () => {
    it('refuses a new branch whose commit carries the trailer, with a rebase recipe, and pushes nothing', async () => {
      const { repo, remote } = initialised();
      repo.write('g.txt', 'g\n').add();
      const bad = repo.commit(`Add g\n\n${TRAILER}\n`);
      const push = await runGitAsync(repo, ['push', 'origin', 'main']);
      expect(push.code).not.toBe(0);
      expect(push.stderr).toContain(`✖ commit ${bad.slice(0, 12)} "Add g", commit message line 3`);
      expect(push.stderr).toContain(`rebase -i ${bad.slice(0, 12)}^`);
      expect(remoteRefs(remote)).toBe('');
    });

    it('checks exactly the commits new to the remote: an old commit already there is not read again', async () => {
      const { repo, remote } = initialised();
      repo.write('h.txt', 'h\n').add();
      repo.commit(`Old\n\n${TRAILER}\n`);
      // Pushed before the ban, without the hook.
      expect((await runGitAsync(repo, ['push', '-q', '--no-verify', 'origin', 'main'])).code).toBe(0);
      repo.write('i.txt', 'i\n').add().commit('Clean follow-up');
      const push = await runGitAsync(repo, ['push', '-q', 'origin', 'main']);
      expect(push).toMatchObject({ code: 0, stderr: '' });
      // A new branch from there: only its own commit is new to the remote.
      repo.git('checkout', '-q', '-b', 'feature');
      repo.write('j.txt', 'j\n').add().commit('Feature work');
      expect(await runGitAsync(repo, ['push', '-q', 'origin', 'feature'])).toMatchObject({ code: 0, stderr: '' });
      repo.write('CLAUDE.md', 'x\n').add().commit('Sneak it in');
      const refused = await runGitAsync(repo, ['push', 'origin', 'feature']);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('1 blocking finding');
      expect(refused.stderr).toContain(
        'git rm -r -q --cached --ignore-unmatch :/CLAUDE.md && git commit --amend --no-edit && git rebase --continue',
      );
      expect(remoteRefs(remote)).toContain(repo.git('rev-parse', 'feature~1').trim());
    });

    it('the printed rebase recipe fixes the commits so that the push goes through', async () => {
      const { repo, remote } = initialised();
      repo.write('k.txt', 'k\n').add();
      repo.commit(
        `Add k\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\n${TRAILER}\n` +
          'Signed-off-by: Test Person <test.person@example.org>\n',
      );
      repo.write('l.txt', 'l\n').add().commit('Add l');
      const push = await runGitAsync(repo, ['push', 'origin', 'main']);
      const recipe = /git -c sequence\.editor='[^']*' -c core\.editor='aiguard fix-message' rebase -i [0-9a-f]{12}\^/.exec(
        push.stderr,
      )?.[0];
      expect(recipe).toBeDefined();
      const rebase = await runGitAsync(repo, [
        '-c',
        'sequence.editor=sed -i.bak s/^pick/reword/',
        '-c',
        'core.editor=aiguard fix-message',
        'rebase',
        '-i',
        recipe!.split(' ').pop()!,
      ]);
      expect(rebase.code).toBe(0);
      expect(repo.git('log', '-1', '--format=%B', 'HEAD~1')).toBe('Add k\n\nSigned-off-by: Test Person <test.person@example.org>\n\n');
      expect((await runGitAsync(repo, ['push', '-q', 'origin', 'main'])).code).toBe(0);
      expect(remoteRefs(remote)).toContain(repo.git('rev-parse', 'HEAD').trim());
    });

    it('a branch deletion is not checked', async () => {
      const { repo, remote } = initialised();
      repo.git('checkout', '-q', '-b', 'old');
      repo.write('CLAUDE.md', 'x\n').add().commit('Bad');
      expect((await runGitAsync(repo, ['push', '-q', '--no-verify', 'origin', 'old'])).code).toBe(0);
      const deletion = await runGitAsync(repo, ['push', '-q', 'origin', ':old']);
      expect(deletion).toMatchObject({ code: 0, stderr: '' });
      expect(remoteRefs(remote)).toBe('');
    });

    it('pushing to a URL (no remote-tracking refs) checks every commit of the new branch', async () => {
      const { repo, remote } = initialised();
      repo.write('m.txt', 'm\n').add();
      const bad = repo.commit(`Add m\n\n${TRAILER}\n`);
      repo.write('n.txt', 'n\n').add().commit('Add n');
      const push = await runGitAsync(repo, ['push', remote.dir, 'main']);
      expect(push.code).not.toBe(0);
      expect(push.stderr).toContain(`commit ${bad.slice(0, 12)}`);
      expect(remoteRefs(remote)).toBe('');
    });

    it('a force push over a remote tip this clone does not have checks the branch against the remote-tracking refs', async () => {
      const { repo, remote } = initialised();
      expect((await runGitAsync(repo, ['push', '-q', 'origin', 'main'])).code).toBe(0);
      const unknownTip = 'f'.repeat(40);
      const head = repo.git('rev-parse', 'HEAD').trim();
      repo.write('o.txt', 'o\n').add();
      const bad = repo.commit(`Add o\n\n${TRAILER}\n`);
      const result = await runCliAsync(['hook', 'pre-push', 'origin', remote.dir], {
        cwd: repo.dir,
        env: hookEnv(),
        input: `refs/heads/main ${bad} refs/heads/main ${unknownTip}\n`,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`commit ${bad.slice(0, 12)}`);
      expect(result.stderr).not.toContain(`commit ${head.slice(0, 12)}`);
    });
  });

  describe('prepare-commit-msg', () => {
    it('reads the message file like commit-msg (git passes file, source and sha)', async () => {
      const { repo } = initialised();
      repo.write('msg', `Fix\n\n${TRAILER}\n`);
      const refused = await runCliAsync(['hook', 'prepare-commit-msg', 'msg', 'message'], { cwd: repo.dir, env: hookEnv() });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`found: ${TRAILER}`);
      repo.write('msg', 'Fix\n\n# Co-Authored-By: Claude <noreply@anthropic.com> in a comment is not part of the message\n');
      expect(await runCliAsync(['hook', 'prepare-commit-msg', 'msg', 'message'], { cwd: repo.dir, env: hookEnv() })).toMatchObject({
        code: 0,
        stderr: '',
      });
    });
  });
});
