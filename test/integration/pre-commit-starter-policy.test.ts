// A clean pre-commit under the starter policy (`aiguard init --policy`: YAML, scope, allow) does the work of one
// without a config plus reading the file: no YAML parser module, no remote lookup, no glob matcher (issue 13).
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanEnv, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { starterPolicyText } from '../../src/policy/starter-policy.js';
import { freshBuild } from '../helpers/bundle.js';

afterAll(cleanupTempDirs);

const STARTER = starterPolicyText({ remotes: 'github.com/acme-in/*', effective: '2026-01-01', expires: '2099-04-01' });

interface Run {
  code: number;
  stderr: string;
  /** Sources loaded, as the bundle's files that loaded hold them: `src/…`, `node_modules/<package>/…`, build assets. */
  modules: Set<string>;
  /** The git commands run, as GIT_TRACE names them. */
  gitCommands: string[];
}

function preCommit(repo: TestRepo): Run {
  const log = join(tempDir(), 'modules.txt');
  const trace = join(tempDir(), 'git-trace.txt');
  const preload = `--import ${join(PROJECT_ROOT, 'test/fixtures/module-log.mjs')}`;
  const env = cleanEnv({ NODE_OPTIONS: preload, AIGUARD_TEST_MODULE_LOG: log, GIT_TRACE: trace });
  const result = runCli(['hook', 'pre-commit'], { cwd: repo.dir, env });
  const modules = new Set<string>();
  const { inputs } = freshBuild();
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'));
  for (const source of files.flatMap((url) => inputs.get(url.slice(url.lastIndexOf('/dist/') + 6)) ?? [])) modules.add(source);
  const gitCommands = readFileSync(trace, 'utf8')
    .split('\n')
    .flatMap((line) => /trace: built-in: git (\S+)/.exec(line)?.[1] ?? []);
  return { code: result.code, stderr: result.stderr, modules, gitCommands };
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
    const extra = [...starter.modules].filter((module) => !plain.modules.has(module));
    // The config stage, and the schema validator it runs (built from the schema, with one helper of ajv's runtime).
    const configCode = (module: string) =>
      module.startsWith('src/config/') ||
      module === 'src/assets/config-validator.ts' ||
      module === 'aiguard-build:config-validator.cjs' ||
      module.startsWith('node_modules/ajv/dist/runtime/');
    expect(extra.filter((module) => !configCode(module))).toEqual([]);
    expect(extra).toContain('src/config/extends.ts'); // the policy was read: its extends resolved
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
