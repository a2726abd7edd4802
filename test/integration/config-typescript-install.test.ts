// aiguard.config.ts in a consumer's project: the package as `npm pack` ships it, installed with its production
// dependencies only, so that `typescript` cannot be resolved from anywhere aiguard runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { PROJECT_ROOT, TestRepo, cleanEnv, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

let app: string;

/** A project folder whose node_modules holds the packed aiguard and copies (not links) of its production dependencies. */
function installLikeNpm(): string {
  const dir = tempDir('aiguard-consumer-');
  const pack = tempDir('aiguard-pack-');
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', pack], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  const tarball = readdirSync(pack).find((name) => name.endsWith('.tgz'))!;
  const target = join(dir, 'node_modules/aiguard');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(pack, tarball), '-C', target, '--strip-components=1']);
  type Lock = { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
  const lock = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as Lock;
  for (const [path, entry] of Object.entries(lock.packages)) {
    // Top-level production packages (devOptional: typescript, an optional peer npm does not install); nested ones come along.
    if (!path.startsWith('node_modules/') || entry.dev || entry.devOptional || path.lastIndexOf('node_modules/') !== 0) continue;
    cpSync(join(PROJECT_ROOT, path), join(dir, path), { recursive: true });
  }
  return dir;
}

beforeAll(() => {
  app = installLikeNpm();
}, 60_000);

describe('aiguard.config.ts in a normal install', () => {
  it('has no typescript to resolve, from the project or from aiguard', () => {
    for (const from of [join(app, 'package.json'), join(app, 'node_modules/aiguard/package.json')]) {
      expect(() => createRequire(from).resolve('typescript')).toThrow();
    }
  });

  it('loads a TypeScript config, with types and an ES default export', () => {
    const repo = new TestRepo(join(app, 'repo'));
    mkdirSync(repo.dir);
    repo.git('init', '-q');
    repo.write('MSG', 'x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
    repo.write('aiguard.config.ts', [
      "type Level = 'block' | 'warn' | 'info' | 'off';",
      'interface Policy { rules: Record<string, Level> }',
      "const policy: Policy = { rules: { 'claude-code/co-author-trailer': 'warn' } };",
      'export default policy;',
      '',
    ].join('\n'));
    const cli = join(app, 'node_modules/aiguard/dist/src/cli.js');
    const run = (args: string[], env = cleanEnv()) =>
      spawnSync(process.execPath, [cli, 'scan', '--message-file', 'MSG', ...args], { cwd: repo.dir, env, encoding: 'utf8' });
    for (const result of [run(['--config', 'aiguard.config.ts']), run([], cleanEnv({ AIGUARD_TRUST_CONFIG: '1' }))]) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('warning');
    }
    // No compiled copy or cache is left beside the config.
    expect(readdirSync(repo.dir).sort()).toEqual(['.git', 'MSG', 'aiguard.config.ts']);
  });
});
