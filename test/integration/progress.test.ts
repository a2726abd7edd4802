import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createProgress } from '../../src/util/progress.js';
import { CLI, TestRepo, cleanEnv, cleanupTempDirs, runCli } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

function fakeStream(isTTY: boolean): { isTTY: boolean; written: string[]; write: (text: string) => boolean } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) > 0 };
}

describe('progress line', () => {
  it('writes nothing when stderr is not a TTY', () => {
    const stream = fakeStream(false);
    const progress = createProgress(stream, { now: () => 0, intervalMs: 0, firstAfter: 0 });
    for (let i = 0; i < 10_000; i++) progress.tick();
    progress.done();
    expect(stream.written).toEqual([]);
  });

  it('on a TTY shows commits scanned and the rate, then clears the line', () => {
    const stream = fakeStream(true);
    let clock = 0;
    const progress = createProgress(stream, { now: () => (clock += 10), intervalMs: 250, firstAfter: 1000 });
    for (let i = 0; i < 5_000; i++) progress.tick();
    progress.done();
    expect(stream.written.length).toBeGreaterThan(1);
    expect(stream.written[0]).toMatch(/^\r\x1b\[Kaiguard: 1,024 commits scanned \([\d,]+\/s\)$/);
    expect(stream.written.at(-1)).toBe('\r\x1b[K');
  });

  it('draws nothing for a short scan, even on a TTY', () => {
    const stream = fakeStream(true);
    const progress = createProgress(stream, { now: () => 0 });
    for (let i = 0; i < 900; i++) progress.tick();
    progress.done();
    expect(stream.written).toEqual([]);
  });
});

describe('scan --all and progress', () => {
  // 1,200 commits through one fast-import stream: enough for the first progress line.
  const repo = TestRepo.init();
  let stream = '';
  for (let n = 1; n <= 1200; n++) {
    const message = `change ${n}\n`;
    const person = `Test Person <test.person@example.org> ${1_600_000_000 + n} +0000`;
    stream += `commit refs/heads/main\nauthor ${person}\ncommitter ${person}\ndata ${message.length}\n${message}`;
    stream += `M 100644 inline file${n % 10}.txt\ndata ${String(n).length + 1}\n${n}\n\n`;
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, env: repo.env, input: stream });

  it('is silent on stderr when stderr is a pipe', () => {
    const result = runCli(['scan', '--all', '--no-content'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/1,?200 commits scanned/);
  });

  it.skipIf(!existsSync('/usr/bin/script'))('shows the line under a terminal', () => {
    const command = `'${process.execPath}' '${CLI}' scan --all --no-content`;
    const result = spawnSync('/usr/bin/script', ['-q', '-e', '-c', command, '/dev/null'], {
      cwd: repo.dir,
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/aiguard: 1,024 commits scanned/);
  });
});
