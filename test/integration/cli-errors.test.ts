import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, runCli, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';

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

describe('config errors exit 2 naming the file and the key', () => {
  const cases: [string, string, string, RegExp][] = [
    ['invalid JSON', '.aiguardrc.json', '{"tools": ', /^aiguard: .*\.aiguardrc\.json: invalid JSON: /],
    ['unknown key', '.aiguardrc.json', '{"toolz": {}}', /^aiguard: .*\.aiguardrc\.json: toolz: unknown key\n$/],
    [
      'unknown level',
      '.aiguardrc.json',
      '{"tools": {"cursor": "deny"}}',
      /^aiguard: .*\.aiguardrc\.json: tools\.cursor: must be one of block, warn, info, off\n$/,
    ],
    [
      'unknown tool id',
      '.aiguardrc.yaml',
      'tools:\n  clod-code: block\n',
      /^aiguard: .*\.aiguardrc\.yaml: tools\.clod-code: unknown tool id\n$/,
    ],
    [
      'unknown rule id',
      '.aiguardrc.json',
      '{"rules": {"claude-code/nope": "off"}}',
      /^aiguard: .*\.aiguardrc\.json: rules\.claude-code\/nope: unknown rule id\n$/,
    ],
    ['invalid YAML', '.aiguardrc.yml', 'tools: [\n', /^aiguard: .*\.aiguardrc\.yml: invalid YAML: /],
    [
      'invalid custom regex',
      '.aiguardrc.json',
      JSON.stringify({
        customRules: [{ id: 'acme/bad', tool: 'generic', kind: 'message', severity: 'block', description: 'd', fix: 'f', pattern: '(' }],
      }),
      /^aiguard: .*\.aiguardrc\.json: customRules\.acme\/bad: invalid pattern: /,
    ],
  ];
  for (const [name, file, text, message] of cases) {
    it(name, () => {
      const repo = TestRepo.init();
      repo.write(file, text);
      const result = runCli(['scan'], { cwd: repo.dir });
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }

  it('--config names a file that exists but is invalid', () => {
    const repo = TestRepo.init();
    repo.write('policy.json', '[]');
    const result = runCli(['scan', '--config', 'policy.json'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: policy.json: the config must be an object\n');
  });
});

describe('revision arguments cannot smuggle git options', () => {
  it('--range "--output=…" is refused before git runs', () => {
    const repo = TestRepo.init();
    repo.commit('one');
    const result = runCli(['scan', '--range=--output=pwned.txt'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: unsupported revision option: --output=pwned.txt\n');
    expect(existsSync(join(repo.dir, 'pwned.txt'))).toBe(false);
  });
});

describe('the command itself', () => {
  it('no command: usage on stdout, exit 2 with one line on stderr', () => {
    const result = runCli([], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Usage: aiguard <command>');
    expect(result.stderr).toMatch(/^aiguard: missing command \(expected scan, rules, explain, /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--help and --version exit 0', () => {
    expect(runCli(['--help'], { cwd: tempDir() }).code).toBe(0);
    expect(runCli(['--version'], { cwd: tempDir() }).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('names that are properties of every object are still unknown names', () => {
  const cases: [string[], RegExp][] = [
    [['constructor'], /^aiguard: unknown command: constructor /],
    [['scan', '--format', 'constructor'], /^aiguard: --format: unknown format constructor /],
    [['scan', '--report', 'toString=x.txt'], /^aiguard: --report: unknown format toString /],
    [['hook', '__proto__'], /^aiguard: aiguard hook: unknown hook: __proto__ /],
  ];
  for (const [args, message] of cases) {
    it(args.join(' '), () => {
      const result = runCli(args, { cwd: tempDir() });
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
