// `aiguard scan` checks its report arguments before any work, as `aiguard ci` does: a typo costs no scan.
// Each case runs outside a repository, so a late check would show git's error instead of the argument's.
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('aiguard scan: bad report arguments exit 2 with one line, before the repository is read', () => {
  const cases: [string, string[], RegExp][] = [
    ['--report without =', ['--report', 'sarif'], /^aiguard: --report: expected FORMAT=FILE, got sarif\n$/],
    ['--report without a file', ['--report', 'sarif='], /^aiguard: --report: expected FORMAT=FILE, got sarif=\n$/],
    ['unknown --report format', ['--report', 'xml=out.xml'], /^aiguard: --report: unknown format xml /],
    ['unknown --format', ['--format', 'xml'], /^aiguard: --format: unknown format xml /],
    [
      'two reports on standard output',
      ['--format', 'json', '--report', 'github=-'],
      /^aiguard: --report: only one report can go to standard output\n$/,
    ],
    ['a file named twice', ['--output', 'x.txt', '--report', 'json=x.txt'], /^aiguard: --report: x\.txt is named twice\n$/],
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const result = runCli(['scan', ...args], { cwd: tempDir() });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
