// A clean pre-commit under the starter policy (`aiguard init --policy`: YAML, scope, allow) does the work of one
// without a config plus reading the file: no YAML parser module, no remote lookup, no glob matcher (issue 13).
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanEnv, cleanupTempDirs } from '../helpers/git-repo.js';
import { starterPolicyText } from '../../src/policy/starter-policy.js';
import { tracedRun, type TracedRun } from '../helpers/bundle.js';

afterAll(cleanupTempDirs);

const STARTER = starterPolicyText({ remotes: 'github.com/acme-in/*', effective: '2026-01-01', expires: '2099-04-01' });

function preCommit(repo: TestRepo): TracedRun {
  return tracedRun(['hook', 'pre-commit'], repo.dir, cleanEnv());
}

function stagedRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.git('remote', 'add', 'origin', 'https://github.com/acme-in/service.git');
  repo.write('README.md', 'hello\n').add().commit('init');
  for (let index = 0; index < 10; index++) repo.write(`src/file${index}.ts`, `export const value${index} = ${index};\n`);
  return repo.add();
}

describe('a clean pre-commit under the starter policy', () => {
  it('loads only the config code beyond what a run without config loads, and runs no more git', () => {
    const plain = preCommit(stagedRepo());
    const repo = stagedRepo();
    repo.write('.aiguardrc.yaml', STARTER).add();
    const starter = preCommit(repo);
    expect([plain.code, plain.stderr, starter.code, starter.stderr]).toEqual([0, '', 0, '']);
    // The config stage and its schema validator are in the core chunk: nothing loads beyond a run without config.
    expect([...starter.modules].filter((module) => !plain.modules.has(module))).toEqual([]);
    // It did read the file: the same policy with a typo fails.
    repo.write('.aiguardrc.yaml', `${STARTER}bogus: 1\n`).add();
    const typo = preCommit(repo);
    expect([typo.code, typo.stderr]).toEqual([2, 'aiguard: .aiguardrc.yaml: bogus: unknown key\n']);
    // aiguard's own code is one core chunk, loaded whole: that scope and remotes were not run shows in git's trace.
    const heavy = ['node_modules/yaml/', 'node_modules/micromatch/', 'node_modules/cosmiconfig/', 'node_modules/jiti/'];
    for (const prefix of heavy)
      expect(
        [...starter.modules].filter((module) => module.startsWith(prefix)),
        prefix,
      ).toEqual([]);
    expect(starter.gitCommands.sort()).toEqual(plain.gitCommands.sort()); // started at once: their order varies
    expect(starter.gitCommands).not.toContain('config'); // no remote looked up
  });

  it("loads yaml for YAML outside the small reader's subset (the check above can see it)", () => {
    const repo = stagedRepo();
    repo.write('.aiguardrc.yaml', 'effective: 2026-01-01\ntools: &levels\n  claude-code: block\n').add();
    const run = preCommit(repo);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect([...run.modules].some((module) => module.startsWith('node_modules/yaml/'))).toBe(true);
  });

  it('still reads scope and allow once something is found', () => {
    const repo = stagedRepo();
    repo.write('.aiguardrc.yaml', STARTER).write('CLAUDE.md', 'x\n').write('docs/ai-policy/CLAUDE.md', 'quoted\n').add();
    const found = preCommit(repo);
    expect(found.code).toBe(1);
    expect(found.stderr).toContain('✖ CLAUDE.md');
    expect(found.stderr).not.toContain('docs/ai-policy/CLAUDE.md'); // allowed by the starter's exception
    expect([...found.modules].some((module) => module.startsWith('node_modules/micromatch/'))).toBe(true);
    expect(found.gitCommands).toContain('config'); // the remotes, for the scope
  });
});
