// The server's policy cannot be pushed away, and what the hook cannot read it does not pass (issue 10.3).
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, PROJECT_ROOT, TestRepo, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { hookEnv, remoteRefs, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const POLICY = JSON.stringify({ name: 'server ban', tools: { 'claude-code': 'block' } });

/** A bare server whose main holds `files`, with the real hooks/pre-receive installed, and a clone of it. */
type Files = Record<string, string>;

/** `stripped`: a wrapper drops git's quarantine variables; `no-alternates`: it drops only the repository's own objects. */
type Hook = 'real' | 'stripped' | 'no-alternates';

const servers = new Map<string, { bare: TestRepo; clone: TestRepo }>();

/** Each kind of server is built once; every test gets a cp -a copy of it and of its clone. */
function server(files: Files = { '.aiguardrc.json': POLICY }, hook: Hook = 'real', later: Files = {}) {
  const key = JSON.stringify([files, hook, later]);
  if (!servers.has(key)) servers.set(key, buildServer(files, hook, later));
  const built = servers.get(key)!;
  const bare = built.bare.copy();
  const clone = built.clone.copy();
  clone.git('remote', 'set-url', 'origin', bare.dir);
  return { bare, clone };
}

function buildServer(files: Files, hook: Hook, later: Files) {
  const bare = TestRepo.init({ bare: true });
  const seed = new TestRepo(TestRepo.init().dir, hookEnv());
  seed.write('README.md', 'hello\n');
  for (const [path, content] of Object.entries(files)) seed.write(path, content);
  seed.add().commit('Initial commit');
  for (const [path, content] of Object.entries(later)) seed.write(path, content).add().commit(`Add ${path}`);
  seed.git('push', '-q', bare.dir, 'main');
  copyFileSync(join(PROJECT_ROOT, 'hooks/aiguard-runner.sh'), join(bare.dir, 'hooks/aiguard-runner.sh'));
  if (hook === 'real') {
    copyFileSync(join(PROJECT_ROOT, 'hooks/pre-receive'), join(bare.dir, 'hooks/pre-receive'));
  } else {
    // A wrapper that drops git's environment, as a careless server integration might, and runs the hook runner.
    const alternates = '-u GIT_ALTERNATE_OBJECT_DIRECTORIES';
    const unset = hook === 'stripped' ? `-u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY ${alternates}` : alternates;
    const wrapper = `#!/bin/sh\nexec env ${unset} sh hooks/aiguard-runner.sh pre-receive "$@"\n`;
    writeFileSync(join(bare.dir, 'hooks/pre-receive'), wrapper);
    chmodSync(join(bare.dir, 'hooks/pre-receive'), 0o755);
  }
  const clone = new TestRepo(tempDir(), hookEnv());
  clone.git('clone', '-q', bare.dir, '.');
  return { bare, clone };
}

describe('pre-receive: a push that changes the policy or the baseline on the default branch', () => {
  it('relaxing the policy file is aiguard/policy-changed, blocking, and nothing lands', () => {
    const { bare, clone } = server();
    const before = remoteRefs(bare);
    clone
      .write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'off' } }))
      .add()
      .commit('Relax the policy');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('aiguard/policy-changed');
    expect(push.stderr).toContain('.aiguardrc.json');
    expect(remoteRefs(bare)).toBe(before);
  });

  it('the clean twin: a push to main that leaves the policy alone lands', () => {
    const { bare, clone } = server();
    const head = clone.write('src/a.ts', 'a\n').add().commit('Feature');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).toBe(0);
    expect(remoteRefs(bare)).toContain(head);
  });

  it('the same change on another branch lands; bringing it to main is refused', () => {
    const { bare, clone } = server();
    clone.git('checkout', '-q', '-b', 'relax');
    clone
      .write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'off' } }))
      .add()
      .commit('Relax the policy');
    expect(runGit(clone, ['push', '-q', '--no-verify', 'origin', 'relax']).code).toBe(0);
    const toMain = runGit(clone, ['push', '--no-verify', 'origin', 'relax:main']);
    expect(toMain.code).not.toBe(0);
    expect(toMain.stderr).toContain('aiguard/policy-changed');
    expect(remoteRefs(bare)).not.toMatch(new RegExp(`refs/heads/main ${clone.git('rev-parse', 'relax').trim()}`));
  });

  it('a baseline written into main is a policy change too', () => {
    const { bare, clone } = server();
    const before = remoteRefs(bare);
    clone.write('.aiguard-baseline.json', '{"version": 2, "entries": []}\n').add().commit('Baseline everything');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('aiguard/policy-changed');
    expect(push.stderr).toContain('.aiguard-baseline.json');
    expect(remoteRefs(bare)).toBe(before);
  });

  it('a forced push that rewrites main to a history without the policy is a change too', () => {
    // main gained its policy in its second commit; the force push goes back to before it.
    const { bare, clone } = server({}, 'real', { '.aiguardrc.json': POLICY });
    const before = remoteRefs(bare);
    clone.git('reset', '-q', '--hard', 'HEAD~1');
    clone.write('b.txt', 'b\n').add().commit('Unrelated');
    const push = runGit(clone, ['push', '--force', '--no-verify', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('aiguard/policy-changed');
    expect(remoteRefs(bare)).toBe(before);
  });

  it('is levelled by the policy before the push, not by the pushed one', () => {
    const warnOnly = JSON.stringify({ rules: { 'aiguard/policy-changed': 'warn' } });
    const { bare, clone } = server({ '.aiguardrc.json': warnOnly });
    clone.write('.aiguardrc.json', JSON.stringify({ rules: { 'aiguard/policy-changed': 'off' }, tools: { 'claude-code': 'off' } }));
    const head = clone.add().commit('Edit');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).toBe(0);
    expect(push.stderr).toContain('aiguard/policy-changed');
    expect(remoteRefs(bare)).toContain(head);
    // The policy the server now holds says off: the next change passes silently, as that policy says.
    clone
      .write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'off' } }))
      .add()
      .commit('Edit again');
    const next = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(next.code).toBe(0);
    expect(next.stderr).not.toContain('aiguard/policy-changed');
  });
});

describe('pre-receive: adopting a policy on a server that has none', () => {
  it('is a change too (the default policy blocks it): the first policy cannot be a lenient one pushed by anybody', () => {
    const { bare, clone } = server({});
    const before = remoteRefs(bare);
    clone
      .write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'off' } }))
      .add()
      .commit('Adopt a lenient policy');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('aiguard/policy-changed');
    expect(remoteRefs(bare)).toBe(before);
  });
  it('the server policy (AIGUARD_CONFIG) its owners name decides: a warn level lets the reviewed change in', () => {
    const { bare, clone } = server({});
    const serverPolicy = join(tempDir(), 'server.yml');
    writeFileSync(serverPolicy, 'rules:\n  aiguard/policy-changed: warn\n');
    const head = clone.write('.aiguardrc.json', POLICY).add().commit('Adopt the ban');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main'], { env: hookEnv({ AIGUARD_CONFIG: serverPolicy }) });
    expect(push.code).toBe(0);
    expect(remoteRefs(bare)).toContain(head);
  });
});

describe('pre-receive: objects the hook cannot read refuse the push (exit 2), never pass', () => {
  it("a hook started without git's quarantine variables refuses a push with new objects", () => {
    const { bare, clone } = server(undefined, 'stripped');
    const before = remoteRefs(bare);
    const head = clone.write('a.txt', 'a\n').add().commit('Clean work');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain(
      `remote: aiguard: pre-receive: the pushed object ${head} for refs/heads/main cannot be read: ` +
        "the hook runs without git's quarantine environment (GIT_QUARANTINE_PATH and GIT_OBJECT_DIRECTORY are unset); push refused",
    );
    expect(push.stderr).toContain('aiguard could not check this push (exit 2); push refused');
    expect(remoteRefs(bare)).toBe(before);
  });

  it('the twin: the same stripped hook passes a push that brings no new object (a branch at a known commit)', () => {
    const { bare, clone } = server(undefined, 'stripped');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main:refs/heads/copy']);
    expect(push.code).toBe(0);
    expect(remoteRefs(bare)).toContain('refs/heads/copy');
  });

  it("a hook that sees the new objects but not the repository's own (alternates dropped) refuses too", () => {
    const { bare, clone } = server(undefined, 'no-alternates');
    const before = remoteRefs(bare);
    clone.write('a.txt', 'a\n').add().commit('Clean work');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('aiguard could not check this push (exit 2); push refused');
    expect(remoteRefs(bare)).toBe(before);
  });

  it('an update line naming an object the repository does not hold exits 2 with one line', () => {
    const { bare } = server();
    const main = bare.git('rev-parse', 'main').trim();
    const unknown = 'f'.repeat(40);
    const quarantine = { GIT_QUARANTINE_PATH: join(bare.dir, 'objects') };
    const hook = runAiguard(bare.dir, ['hook', 'pre-receive'], `${main} ${unknown} refs/heads/main\n`, quarantine);
    expect(hook.code).toBe(2);
    expect(hook.stderr).toBe(
      `aiguard: pre-receive: the pushed object ${unknown} for refs/heads/main is not in the repository; push refused\n`,
    );
  });
});

describe('pre-push: an unknown local sha refuses the push (exit 2)', () => {
  it('exits 2 naming the object; a known one is checked as usual', () => {
    const { clone } = server();
    const head = clone.git('rev-parse', 'HEAD').trim();
    const unknown = 'e'.repeat(40);
    const refused = runAiguard(clone.dir, ['hook', 'pre-push', 'origin', 'x'], `refs/heads/main ${unknown} refs/heads/main ${head}\n`);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `aiguard: pre-push: the pushed object ${unknown} for refs/heads/main is not in this repository; push refused\n`,
    );
    const fine = runAiguard(clone.dir, ['hook', 'pre-push', 'origin', 'x'], `refs/heads/main ${head} refs/heads/main ${head}\n`);
    expect(fine.code).toBe(0);
  });
});

function runAiguard(cwd: string, args: string[], input: string, extra: Record<string, string> = {}) {
  const env = hookEnv(extra);
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env, input, encoding: 'utf8' });
  return { code: result.status ?? -1, stderr: result.stderr };
}
