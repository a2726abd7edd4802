import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, runCli, cleanupTempDirs, tempDir } from './helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('bad input exits 2 with one line naming it', () => {
  const repo = TestRepo.init();
  repo.write('README.md', 'hi\n').add().commit('init');

  const cases: [string, string[], RegExp][] = [
    ['unknown flag', ['scan', '--bogus'], /^aiguard: aiguard scan: unknown option: --bogus\n$/],
    ['unknown command', ['scna'], /^aiguard: unknown command: scna /],
    ['missing message file', ['scan', '--message-file', 'nope.txt'], /^aiguard: message file not found: nope\.txt\n$/],
    ['unknown revision', ['scan', '--range', 'nosuchbranch..main'], /^aiguard: unknown revision: nosuchbranch\.\.main\n$/],
    ['unknown single revision', ['scan', '--range', 'nosuchbranch'], /^aiguard: unknown revision: nosuchbranch\n$/],
    ['unknown format', ['scan', '--format', 'xml'], /^aiguard: --format: unknown format xml /],
    ['missing config', ['scan', '--config', 'missing.json'], /^aiguard: config file not found: missing\.json\n$/],
    ['option without value', ['scan', '--range'], /^aiguard: aiguard scan: Option '--range <value>' argument missing\n$/],
    ['unknown rule', ['explain', 'claude-code/nope'], /^aiguard: aiguard explain: unknown rule id: claude-code\/nope\n$/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const result = runCli(args, { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('a folder that is not a repository', () => {
    const result = runCli(['scan'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiguard: not a git repository: \. /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
