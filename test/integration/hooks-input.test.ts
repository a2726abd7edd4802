import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, runCli, cleanupTempDirs } from '../helpers/git-repo.js';
import { hookEnv } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const Z = '0'.repeat(40);
const A = 'a'.repeat(40);

describe('aiguard hook: bad input exits 2 with one line naming it', () => {
  const repo = TestRepo.init();
  repo.write('README.md', 'hi\n').add().commit('init');
  const bare = TestRepo.init({ bare: true });

  const cases: [string, string[], string, string, RegExp][] = [
    [
      'pre-push line with 3 fields',
      ['hook', 'pre-push', 'origin', 'url'],
      repo.dir,
      `refs/heads/main ${A} refs/heads/main\n`,
      /^aiguard: pre-push: malformed stdin line 1: expected "<local ref> <local sha> <remote ref> <remote sha>", got 3 fields\n$/,
    ],
    [
      'pre-push sha that is not an id',
      ['hook', 'pre-push', 'origin', 'url'],
      repo.dir,
      `refs/heads/main ${A} refs/heads/main ${Z}\nrefs/heads/x nothex refs/heads/x ${Z}\n`,
      /^aiguard: pre-push: malformed stdin line 2: local sha is not an object id: "nothex"\n$/,
    ],
    [
      'pre-receive line with 2 fields',
      ['hook', 'pre-receive'],
      bare.dir,
      `${Z} ${A}\n`,
      /^aiguard: pre-receive: malformed stdin line 1: expected "<old sha> <new sha> <ref>", got 2 fields\n$/,
    ],
    [
      'pre-receive short id',
      ['hook', 'pre-receive'],
      bare.dir,
      `${Z} abc123 refs/heads/main\n`,
      /^aiguard: pre-receive: malformed stdin line 1: new sha is not an object id: "abc123"\n$/,
    ],
    [
      'unknown hook',
      ['hook', 'post-commit'],
      repo.dir,
      '',
      /^aiguard: aiguard hook: unknown hook: post-commit \(expected pre-commit, commit-msg, prepare-commit-msg, pre-push, pre-receive\)\n$/,
    ],
    ['no hook name', ['hook'], repo.dir, '', /^aiguard: aiguard hook: the hook name is missing /],
    [
      'commit-msg without its file',
      ['hook', 'commit-msg'],
      repo.dir,
      '',
      /^aiguard: aiguard hook commit-msg: the message file argument is missing \(git passes it as \$1\)\n$/,
    ],
    ['commit-msg with a missing file', ['hook', 'commit-msg', 'nope.txt'], repo.dir, '', /^aiguard: message file not found: nope\.txt\n$/],
    [
      'pre-receive with a JavaScript --config',
      ['hook', 'pre-receive', '--config', 'policy.js'],
      bare.dir,
      '',
      /^aiguard: config file not found: policy\.js\n$/,
    ],
    ['fix-message without a file', ['fix-message'], repo.dir, '', /^aiguard: aiguard fix-message: the message file argument is missing\n$/],
    ['init with an unknown option', ['init', '--husky'], repo.dir, '', /^aiguard: aiguard init: unknown option: --husky\n$/],
  ];
  for (const [name, args, cwd, input, message] of cases) {
    it(name, () => {
      const result = runCli(args, { cwd, input, env: hookEnv() });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('pre-push with no update lines (nothing to push) passes silently', () => {
    const result = runCli(['hook', 'pre-push', 'origin', 'url'], { cwd: repo.dir, input: '', env: hookEnv() });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('a deletion is skipped, not read', () => {
    const result = runCli(['hook', 'pre-push', 'origin', 'url'], {
      cwd: repo.dir,
      input: `(delete) ${Z} refs/heads/old ${A}\n`,
      env: hookEnv(),
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });
});
