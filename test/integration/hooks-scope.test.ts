import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, runCli, cleanupTempDirs } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const POLICY = JSON.stringify({ name: 'ACME ban', scope: { remotes: ['github.com/acme-in/*'] } });

describe('hooks honour the policy scope', () => {
  it('pre-commit in a repository outside the scope passes and says so in one line', () => {
    const repo = TestRepo.init();
    repo.git('remote', 'add', 'origin', 'git@github.com:someone-else/x.git');
    repo.write('.aiguardrc.json', POLICY).write('CLAUDE.md', 'x\n').add();
    const result = runCli(['hook', 'pre-commit'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^aiguard: this repository is not covered by ACME ban \(origin github\.com\/someone-else\/x; /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('pre-commit in a covered repository refuses', () => {
    const repo = TestRepo.init();
    repo.git('remote', 'add', 'origin', 'https://github.com/ACME-in/service.git');
    repo.write('.aiguardrc.json', POLICY).write('CLAUDE.md', 'x\n').add();
    expect(runCli(['hook', 'pre-commit'], { cwd: repo.dir }).code).toBe(1);
  });
});
