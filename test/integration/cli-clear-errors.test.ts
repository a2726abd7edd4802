// Clear errors (issue 10.8): exit 2 with one line that names the argument at fault.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('aiguard scan PATH', () => {
  const cwd = tempDir();
  it('a folder that does not exist says so, not "cannot run git"', () => {
    for (const args of [
      ['scan', join(cwd, 'nope')],
      ['scan', '--all', join(cwd, 'nope')],
      ['scan', '--staged', join(cwd, 'nope')],
    ]) {
      const result = runCli(args, { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`aiguard: no such folder: ${join(cwd, 'nope')}\n`);
    }
  });
  it('a file is not a folder', () => {
    writeFileSync(join(cwd, 'file.txt'), 'x\n');
    const result = runCli(['scan', 'file.txt'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: not a folder: file.txt\n');
  });
  it('a folder outside any repository is still "not a git repository"', () => {
    const result = runCli(['scan', cwd], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiguard: not a git repository: /);
  });
});

describe('aiguard scan --staged with a history', () => {
  const repo = TestRepo.init();
  repo.write('a.txt', 'a\n').add().commit('init');
  for (const [other, args] of [
    ['--all', ['--all']],
    ['--range', ['--range', 'HEAD']],
  ] as const) {
    it(`--staged and ${other} is a usage error`, () => {
      const result = runCli(['scan', '--staged', ...args], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`aiguard: aiguard scan: --staged and ${other} cannot be used together\n`);
    });
  }
  it('--staged alone still scans the index', () => {
    repo.write('CLAUDE.md', 'x\n').add();
    expect(runCli(['scan', '--staged'], { cwd: repo.dir }).code).toBe(1);
  });
});
