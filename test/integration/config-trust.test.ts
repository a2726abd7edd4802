// No code of the scanned checkout runs unless the user says so (issue 10.5): a JS/TS config found in the repository,
// or reached through the extends of a data config, runs only with trust; each JS file here writes a marker when run.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const MSG = 'x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';
const WARN_YAML = 'rules:\n  claude-code/co-author-trailer: warn\n';
const SKIPPED = 'a JavaScript config in the checkout runs only with --trust-config or AIGUARD_TRUST_CONFIG=1';

/** A config that writes the marker when it runs, and switches the trailer rule off. */
function markingConfig(marker: string, esm = false): string {
  const body = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');`;
  return esm
    ? `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\n` +
        "export default { tools: { 'claude-code': 'off' } };\n"
    : `${body}\nmodule.exports = { tools: { 'claude-code': 'off' } };\n`;
}

function setup(file = 'aiguard.config.cjs', esm = false): { repo: TestRepo; marker: string } {
  const repo = TestRepo.init();
  const marker = join(tempDir(), 'ran');
  repo.write('MSG', MSG).write(file, markingConfig(marker, esm));
  return { repo, marker };
}

const scanMessage = (repo: TestRepo, env?: NodeJS.ProcessEnv, extra: string[] = []) =>
  runCli(['scan', '--message-file', 'MSG', ...extra], { cwd: repo.dir, env });

describe('a JS config found in the checkout', () => {
  it('is not run without trust: exit 2 with one line when there is no data config', () => {
    const { repo, marker } = setup();
    const result = scanMessage(repo);
    expect(existsSync(marker)).toBe(false);
    expect(result.code).toBe(2);
    const instead = 'a .aiguardrc.yaml or .aiguardrc.json needs neither';
    expect(result.stderr).toBe(`aiguard: aiguard.config.cjs: not run (${SKIPPED}, or --config aiguard.config.cjs); ${instead}\n`);
  });

  it('is skipped for the data config that follows it, with one line naming both', () => {
    const { repo, marker } = setup('.aiguardrc.mjs', true);
    repo.write('.config/aiguardrc.yaml', WARN_YAML);
    const result = scanMessage(repo);
    expect(existsSync(marker)).toBe(false);
    expect(result.stderr).toBe(`aiguard: skipped .aiguardrc.mjs (${SKIPPED}); using .config/aiguardrc.yaml\n`);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning');
  });

  it('runs with AIGUARD_TRUST_CONFIG=1, and AIGUARD_TRUST_CONFIG=0 does not trust', () => {
    const { repo, marker } = setup();
    expect(scanMessage(repo, cleanEnv({ AIGUARD_TRUST_CONFIG: '0' })).code).toBe(2);
    expect(existsSync(marker)).toBe(false);
    const result = scanMessage(repo, cleanEnv({ AIGUARD_TRUST_CONFIG: '1' }));
    expect(existsSync(marker)).toBe(true);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('runs with --trust-config on scan, hook and config print', () => {
    const { repo, marker } = setup();
    expect(scanMessage(repo, undefined, ['--trust-config'])).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    repo.write('CLAUDE.md', 'x\n').add();
    expect(runCli(['hook', 'pre-commit', '--trust-config'], { cwd: repo.dir })).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    expect(runCli(['config', 'print'], { cwd: repo.dir }).code).toBe(2);
    expect(existsSync(marker)).toBe(false);
    const printed = runCli(['config', 'print', '--trust-config'], { cwd: repo.dir }).stdout;
    expect(printed).toMatch(/^tools\.claude-code: off +# aiguard\.config\.cjs$/m);
    expect(existsSync(marker)).toBe(true);
  });

  it('an AIGUARD_TRUST_CONFIG that is neither 1 nor 0 exits 2 naming it', () => {
    const { repo, marker } = setup();
    const result = scanMessage(repo, cleanEnv({ AIGUARD_TRUST_CONFIG: 'yes' }));
    expect(result).toMatchObject({ code: 2, stderr: 'aiguard: AIGUARD_TRUST_CONFIG: expected 1 or 0, got yes\n' });
    expect(existsSync(marker)).toBe(false);
  });

  it('runs when named with --config', () => {
    const { repo, marker } = setup();
    expect(scanMessage(repo, undefined, ['--config', 'aiguard.config.cjs']).code).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });

  it('is not run by the pre-commit hook without trust, and is with it', () => {
    const { repo, marker } = setup('.aiguardrc.cjs');
    repo.write('CLAUDE.md', 'x\n').add();
    const refused = runCli(['hook', 'pre-commit'], { cwd: repo.dir });
    expect(existsSync(marker)).toBe(false);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`aiguard: .aiguardrc.cjs: not run (${SKIPPED}`);
    repo.write('.config/aiguardrc.yml', WARN_YAML);
    const skipped = runCli(['hook', 'pre-commit'], { cwd: repo.dir });
    expect(existsSync(marker)).toBe(false);
    expect(skipped.stderr).toMatch(/^aiguard: skipped \.aiguardrc\.cjs \(.*\); using \.config\/aiguardrc\.yml\n/);
    expect(skipped.code).toBe(1); // the data config keeps CLAUDE.md blocking
    // Trusted, the JS config runs and switches Claude Code off.
    const trusted = runCli(['hook', 'pre-commit'], { cwd: repo.dir, env: cleanEnv({ AIGUARD_TRUST_CONFIG: '1' }) });
    expect(trusted).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(marker)).toBe(true);
  });
});

describe('JavaScript reached through extends', () => {
  it('of a data config is not run without trust, and is with it', () => {
    const repo = TestRepo.init();
    const marker = join(tempDir(), 'ran');
    repo.write('MSG', MSG).write('base.cjs', markingConfig(marker)).write('.aiguardrc.json', '{"extends": "./base.cjs"}');
    const refused = scanMessage(repo);
    expect(existsSync(marker)).toBe(false);
    const why = 'JavaScript reached through the extends of a data config runs only with --trust-config or AIGUARD_TRUST_CONFIG=1';
    expect(refused).toMatchObject({ code: 2, stderr: `aiguard: base.cjs: not run (${why})\n` });
    expect(scanMessage(repo, cleanEnv({ AIGUARD_TRUST_CONFIG: '1' })).code).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });

  it('of a JS config the user named runs with it', () => {
    const repo = TestRepo.init();
    const marker = join(tempDir(), 'ran');
    repo.write('MSG', MSG).write('base.cjs', markingConfig(marker)).write('policy.cjs', 'module.exports = { extends: "./base.cjs" };\n');
    expect(scanMessage(repo, undefined, ['--config', 'policy.cjs']).code).toBe(0);
    expect(existsSync(marker)).toBe(true);
  });
});

describe("cosmiconfig's own config of the current folder", () => {
  it('never runs, not even while a trusted or named JS config loads', () => {
    const repo = TestRepo.init();
    const marker = join(tempDir(), 'ran');
    // cosmiconfig() would run this from the current directory to configure itself.
    repo.write('MSG', MSG).write('.config/config.cjs', markingConfig(marker)).write('.config/config.mjs', markingConfig(marker, true));
    repo.write('aiguard.config.cjs', 'module.exports = { rules: { "claude-code/co-author-trailer": "warn" } };\n');
    expect(scanMessage(repo, cleanEnv({ AIGUARD_TRUST_CONFIG: '1' })).code).toBe(0);
    expect(scanMessage(repo, undefined, ['--config', 'aiguard.config.cjs']).code).toBe(0);
    repo.write('aiguard.config.ts', 'export default { rules: { "claude-code/co-author-trailer": "warn" } };\n');
    expect(scanMessage(repo, undefined, ['--config', 'aiguard.config.ts']).code).toBe(0);
    expect(existsSync(marker)).toBe(false);
  });
});
