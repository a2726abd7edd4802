import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { hookEnv, remoteRefs, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

/** A bare server repository with hooks/pre-receive copied in, seeded with a clean main branch (and optionally its policy). */
function server(policy?: { file: string; content: string }) {
  const bare = TestRepo.init({ bare: true });
  const seed = new TestRepo(TestRepo.init().dir, hookEnv());
  seed.write('README.md', 'hello\n');
  if (policy) seed.write(policy.file, policy.content);
  seed.add().commit('Initial commit');
  seed.git('push', '-q', bare.dir, 'main');
  for (const file of ['pre-receive', 'aiguard-runner.sh']) copyFileSync(join(PROJECT_ROOT, 'hooks', file), join(bare.dir, 'hooks', file));
  const clone = new TestRepo(tempDir(), hookEnv());
  clone.git('clone', '-q', bare.dir, '.');
  return { bare, clone };
}

describe('server-side pre-receive in a bare repository (hooks/pre-receive copied in, aiguard on PATH)', () => {
  it('refuses a pushed commit with the Claude trailer even when pushed with --no-verify; nothing lands', () => {
    const { bare, clone } = server();
    const before = remoteRefs(bare);
    clone.write('a.txt', 'a\n').add();
    const bad = clone.commit(`Add a\n\n${TRAILER}\n`);
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('remote: aiguard: push refused by the server — 1 blocking finding under the built-in default policy');
    expect(push.stderr).toContain(`commit ${bad.slice(0, 12)} "Add a"`);
    expect(push.stderr).toContain('pre-receive hook declined');
    expect(remoteRefs(bare)).toBe(before);
  });

  it('checks a new branch: only commits no existing ref reaches', () => {
    const { bare, clone } = server();
    clone.git('checkout', '-q', '-b', 'feature');
    clone.write('CLAUDE.md', 'x\n').add().commit('Add CLAUDE.md');
    const push = runGit(clone, ['push', '--no-verify', 'origin', 'feature']);
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('✖ commit');
    expect(push.stderr).toContain('CLAUDE.md');
    expect(remoteRefs(bare)).not.toContain('refs/heads/feature');
    clone.git('reset', '-q', '--hard', 'HEAD~1');
    clone.write('ok.txt', 'ok\n').add().commit('Clean work');
    expect(runGit(clone, ['push', '-q', '--no-verify', 'origin', 'feature']).code).toBe(0);
    expect(remoteRefs(bare)).toContain('refs/heads/feature');
  });

  it('reads the policy on the default branch, and never one the push carries', () => {
    const { bare, clone } = server({ file: '.aiguardrc.json', content: JSON.stringify({ rules: { 'claude-code/claude-md': 'warn' } }) });
    clone.write('CLAUDE.md', 'x\n').add().commit('Add CLAUDE.md');
    const warned = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('warning: ');
    // A push that switches the ban off in its own commit is still judged by the policy already on the server.
    clone.write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'off' } }));
    clone.write('b.txt', 'b\n').add();
    clone.commit(`Add b\n\n${TRAILER}\n`);
    const refused = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('under HEAD:.aiguardrc.json');
    expect(remoteRefs(bare)).not.toContain(clone.git('rev-parse', 'HEAD').trim());
  });

  it('AIGUARD_CONFIG names the server policy; a JavaScript policy on the default branch is refused, not run', () => {
    const { bare, clone } = server({ file: 'aiguard.config.js', content: 'throw new Error("ran code from the repository")\n' });
    clone.write('c.txt', 'c\n').add().commit('Add c');
    const refused = runGit(clone, ['push', '--no-verify', 'origin', 'main']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      'remote: aiguard: HEAD:aiguard.config.js: a JavaScript config is not loaded by the server hook (it would run code): ' +
        'use .aiguardrc.json or .aiguardrc.yml, or name a JSON or YAML policy with --config or AIGUARD_CONFIG',
    );
    expect(refused.stderr).toContain('aiguard could not check this push (exit 2); push refused');
    const policy = join(tempDir(), 'server-policy.yml');
    writeFileSync(policy, 'name: server\ntools:\n  claude-code: block\n');
    const accepted = runGit(clone, ['push', '-q', '--no-verify', 'origin', 'main'], { env: hookEnv({ AIGUARD_CONFIG: policy }) });
    expect(accepted.code).toBe(0);
    expect(remoteRefs(bare)).toContain(clone.git('rev-parse', 'HEAD').trim());
  });

  it('fails closed when aiguard is not on the server PATH', () => {
    const { bare, clone } = server();
    const before = remoteRefs(bare);
    clone.write('d.txt', 'd\n').add().commit('Add d');
    const push = runGit(clone, ['push', 'origin', 'main'], { env: hookEnv({ PATH: '/usr/bin:/bin' }) });
    expect(push.code).not.toBe(0);
    expect(push.stderr).toContain('aiguard: pre-receive hook: cannot find aiguard');
    expect(remoteRefs(bare)).toBe(before);
  });

  it('AIGUARD as a command with arguments is used when aiguard is not on PATH', () => {
    const { bare, clone } = server();
    clone.write('e.txt', 'e\n').add().commit('Add e');
    const push = runGit(clone, ['push', '-q', 'origin', 'main'], {
      env: hookEnv({ PATH: '/usr/bin:/bin', AIGUARD: `${process.execPath} ${join(PROJECT_ROOT, 'dist/cli.js')}` }),
    });
    expect(push.code).toBe(0);
    expect(remoteRefs(bare)).toContain(clone.git('rev-parse', 'HEAD').trim());
  });
});
