// A git that could not start must never be "stopped": node 20 calls kill() with the never-set pid of the failed
// spawn, and when that reads 0 the SIGTERM goes to aiguard's whole process group — the hook, the CI job, the test run.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stopChild } from '../../src/git/run-git.js';
import { CLI, cleanEnv, tempDir } from '../helpers/git-repo.js';

const hasStrace = spawnSync('strace', ['-V']).status === 0;

describe('stopping a git child', () => {
  it('does not call kill() on a spawn that failed (no such folder)', async () => {
    const child = spawn('git', ['--version'], { cwd: `${tempDir()}/missing`, stdio: 'ignore' });
    await new Promise((resolve) => child.on('error', resolve));
    let kills = 0;
    const kill = child.kill.bind(child);
    child.kill = (...args) => (kills++, kill(...args));
    stopChild(child);
    expect(child.pid).toBeUndefined();
    expect(kills).toBe(0);
  });

  it('stops a running one', async () => {
    const child = spawn('git', ['cat-file', '--batch'], { stdio: 'pipe' });
    const closed = new Promise((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    stopChild(child);
    expect(await closed).toBe('SIGTERM');
  });

  // strace shows the kill() system calls themselves: before the fix, one with a garbage or 0 pid on every such run.
  it.skipIf(!hasStrace && process.env.CI !== 'true')('scan of a missing folder sends no signal at all (strace)', () => {
    const missing = `${tempDir()}/nope`;
    for (const args of [['scan', '--all', missing], ['scan', '--range', 'HEAD~1..HEAD', missing], ['scan', missing]]) {
      // setsid: its own process group, so that a kill(0) there fails this test instead of ending the test run.
      const strace = ['strace', '-f', '-qq', '-e', 'trace=kill', '-e', 'signal=none', process.execPath, CLI, ...args];
      const traced = spawnSync('setsid', ['--wait', ...strace], { env: cleanEnv(), encoding: 'utf8' });
      expect(traced.status, traced.stderr).toBe(2);
      expect(traced.stderr).toContain(`no such folder: ${missing}`);
      expect(traced.stderr.split('\n').filter((line) => /\bkill\(/.test(line))).toEqual([]);
    }
  });
});
