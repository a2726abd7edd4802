// The same server guarantees over the network: git daemon with receive-pack on 127.0.0.1 runs the real hook.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TestRepo, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { hookEnv, remoteRefs, runGit } from '../helpers/hook-env.js';

const root = tempDir('aiguard-daemon-');
const bare = new TestRepo(join(root, 'project.git'));
let daemon: ChildProcess | undefined;
let url = '';

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

beforeAll(async () => {
  const seed = new TestRepo(TestRepo.init().dir, hookEnv());
  seed.write('README.md', 'hello\n').write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'block' } }));
  seed.add().commit('Initial commit');
  new TestRepo(root).git('init', '-q', '--bare', '--initial-branch=main', bare.dir);
  seed.git('push', '-q', bare.dir, 'main');
  // A server installs the stub and the runner it sources (docs/hooks.md).
  for (const file of ['pre-receive', 'aiguard-runner.sh']) copyFileSync(join(PROJECT_ROOT, 'hooks', file), join(bare.dir, 'hooks', file));
  const port = 20000 + Math.floor(Math.random() * 30000);
  const args = ['daemon', '--reuseaddr', '--export-all', '--enable=receive-pack', '--listen=127.0.0.1', `--port=${port}`];
  args.push(`--base-path=${root}`, root);
  daemon = spawn('git', args, {
    env: hookEnv(),
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 100 && !(await portOpen(port)); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  url = `git://127.0.0.1:${port}/project.git`;
}, 20_000);

afterAll(() => {
  daemon?.kill();
  cleanupTempDirs();
});

describe('pre-receive behind git daemon (a network push)', () => {
  it('refuses a push that relaxes the policy on main; nothing lands', () => {
    const clone = new TestRepo(tempDir(), hookEnv());
    clone.git('clone', '-q', url, '.');
    const before = remoteRefs(bare);
    clone
      .write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'off' } }))
      .add()
      .commit('Relax the policy');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('aiguard/policy-changed');
    expect(remoteRefs(bare)).toBe(before);
  });
  it('the clean twin lands', () => {
    const clone = new TestRepo(tempDir(), hookEnv());
    clone.git('clone', '-q', url, '.');
    const head = clone.write('src/a.ts', 'a\n').add().commit('Feature');
    expect(runGit(clone, ['push', '--no-verify', 'origin', 'main']).code).toBe(0);
    expect(remoteRefs(bare)).toContain(head);
  });
});
