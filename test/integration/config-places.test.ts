// Every search place of the contract (cosmiconfig's, module name "aiguard") is found and read, in cosmiconfig's order,
// from the folder scanned up to the repository root and never above it.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, runCliAsync, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const MSG = 'x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';
const WARN_JSON = '{"rules": {"claude-code/co-author-trailer": "warn"}}';
const WARN_YAML = 'rules:\n  claude-code/co-author-trailer: warn\n';
const WARN_CJS = 'module.exports = { rules: { "claude-code/co-author-trailer": "warn" } };\n';
const WARN_ESM = 'export default { rules: { "claude-code/co-author-trailer": "warn" } };\n';
const WARN_TS =
  'type Level = "block" | "warn" | "info" | "off";\nconst level: Level = "warn";\n' +
  'export default { rules: { "claude-code/co-author-trailer": level } };\n';
const trusted = () => cleanEnv({ AIGUARD_TRUST_CONFIG: '1' });

// Each form turns the trailer rule down to a warning: exit 0 proves the file was found and read.
const DATA_PLACES: [string, string][] = [
  ['.aiguardrc', WARN_JSON],
  ['.aiguardrc.json', WARN_JSON],
  ['.aiguardrc.yaml', WARN_YAML],
  ['.aiguardrc.yml', WARN_YAML],
  ['package.json', `{"name": "x", "aiguard": ${WARN_JSON}}`],
  ['.config/aiguardrc', WARN_YAML],
  ['.config/aiguardrc.json', WARN_JSON],
  ['.config/aiguardrc.yaml', WARN_YAML],
  ['.config/aiguardrc.yml', WARN_YAML],
];
const CODE_PLACES: [string, string][] = [
  ['aiguard.config.js', WARN_ESM],
  ['aiguard.config.mjs', WARN_ESM],
  ['aiguard.config.cjs', WARN_CJS],
  ['aiguard.config.ts', WARN_TS],
  ['.aiguardrc.js', WARN_ESM],
  ['.aiguardrc.ts', WARN_TS],
  ['.aiguardrc.cjs', WARN_CJS],
  ['.aiguardrc.mjs', WARN_ESM],
  ['.config/aiguardrc.js', WARN_ESM],
  ['.config/aiguardrc.ts', WARN_TS],
  ['.config/aiguardrc.cjs', WARN_CJS],
  ['.config/aiguardrc.mjs', WARN_ESM],
];

// Every test's repository is this one plus its config: the first test proves that without one the message blocks.
function repoWithMessage(): TestRepo {
  return TestRepo.init().write('MSG', MSG);
}

const scanMessage = (repo: TestRepo, extra: string[] = [], env?: NodeJS.ProcessEnv) =>
  runCliAsync(['scan', '--message-file', 'MSG', ...extra], { cwd: repo.dir, env });

function expectWarning(result: { code: number; stdout: string; stderr: string }): void {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('warning');
}

// Each test builds its own repository and runs the CLI without blocking the worker, so the tests run side by side.
describe.concurrent('config search places (cosmiconfig module "aiguard")', () => {
  it('without a config the trailer blocks (the repository every other test starts from)', async () => {
    const result = await scanMessage(repoWithMessage());
    expect([result.code, result.stderr]).toEqual([1, '']);
  });

  for (const [file, text] of DATA_PLACES) {
    it(file, async () => {
      const repo = repoWithMessage();
      repo.write(file, text);
      expectWarning(await scanMessage(repo));
    });
  }
  for (const [file, text] of CODE_PLACES) {
    it(`${file} (trusted)`, async () => {
      const repo = repoWithMessage();
      // package.json "type": "module" makes a .js file an ES module, as in a real project.
      repo.write('package.json', '{"name": "x", "type": "module"}').write(file, text);
      expectWarning(await scanMessage(repo, [], trusted()));
    });
  }

  it('a package.json without an aiguard key is no config', async () => {
    const repo = repoWithMessage();
    repo.write('package.json', '{"name": "x"}');
    expect((await scanMessage(repo)).code).toBe(1);
  });

  it('an empty file is passed over for the next place, as cosmiconfig does', async () => {
    const repo = repoWithMessage();
    repo.write('.aiguardrc.json', '  \n').write('.aiguardrc.yaml', WARN_YAML);
    expectWarning(await scanMessage(repo));
    repo.write('.aiguardrc.yaml', '# nothing but a comment\n');
    expect((await scanMessage(repo)).code).toBe(1);
  });

  it('the first place in cosmiconfig order wins', async () => {
    const repo = repoWithMessage();
    const block = '{"rules": {"claude-code/co-author-trailer": "block"}}';
    repo.write('package.json', `{"name": "x", "aiguard": ${WARN_JSON}}`).write('.aiguardrc.json', block);
    expect((await scanMessage(repo)).code).toBe(0);
    repo.write('package.json', '{"name": "x"}').write('.aiguardrc.yaml', WARN_YAML);
    expect((await scanMessage(repo)).code).toBe(1); // .aiguardrc.json comes first
    repo.write('.aiguardrc.json', '').write('.config/aiguardrc.json', block);
    expect((await scanMessage(repo)).code).toBe(0); // .aiguardrc.yaml before .config/
  });

  it('stops at the repository root: a config in the folder above is not read', async () => {
    const outer = tempDir();
    mkdirSync(join(outer, 'nested'));
    const repo = new TestRepo(join(outer, 'nested'));
    repo.git('init', '-q');
    writeFileSync(join(outer, '.aiguardrc.json'), WARN_JSON);
    repo.write('MSG', MSG);
    expect((await scanMessage(repo)).code).toBe(1);
    repo.write('.aiguardrc.json', WARN_JSON);
    expectWarning(await scanMessage(repo));
  });

  it('--config takes a file anywhere', async () => {
    const repo = repoWithMessage();
    repo.write('policies/ban.yaml', 'tools:\n  claude-code: info\n');
    const result = await scanMessage(repo, ['--config', 'policies/ban.yaml']);
    expect(result.code).toBe(0);
  });
});
