import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, runCli, cleanupTempDirs } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('aiguard init --policy', () => {
  it('--dry-run shows the starter policy and writes nothing', () => {
    const repo = TestRepo.init();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme-in/service.git');
    const result = runCli(['init', '--policy', '--dry-run'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    const scopeNote = 'scope.remotes: github.com/acme-in/* (from origin github.com/acme-in/service)';
    expect(result.stdout).toContain(`would write .aiguardrc.yaml, ${scopeNote}:`);
    expect(result.stdout).toContain('github.com/acme-in/*');
    expect(existsSync(join(repo.dir, '.aiguardrc.yaml'))).toBe(false);
  });

  it('writes a policy the CLI loads, and never overwrites one', () => {
    const repo = TestRepo.init();
    repo.git('remote', 'add', 'origin', 'https://github.com/acme-in/service');
    const first = runCli(['init', '--policy'], { cwd: repo.dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('wrote .aiguardrc.yaml, scope.remotes: github.com/acme-in/* (from origin github.com/acme-in/service)');
    const text = readFileSync(join(repo.dir, '.aiguardrc.yaml'), 'utf8');
    expect(text).toContain('extends: aiguard:claude-code-ban');
    expect(runCli(['config', 'print'], { cwd: repo.dir }).code).toBe(0);
    repo.write('CLAUDE.md', 'x\n');
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(1);
    const second = runCli(['init', '--policy'], { cwd: repo.dir });
    expect(second.stdout).toContain('a policy exists already (.aiguardrc.yaml): nothing written');
    expect(readFileSync(join(repo.dir, '.aiguardrc.yaml'), 'utf8')).toBe(text);
  });
});
