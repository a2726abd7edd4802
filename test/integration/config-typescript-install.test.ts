// aiguard.config.ts in a consumer's project: the package as `npm pack` ships it, installed as a devDependency with no
// registry, so that `typescript` cannot be resolved from anywhere aiguard runs (cosmiconfig's own TS loader needs it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { TestRepo, cleanEnv, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { devDependencyInstall } from '../helpers/installs.js';

afterAll(cleanupTempDirs);

let app: string;

beforeAll(() => {
  app = tempDir('aiguard-consumer-');
  devDependencyInstall(app);
}, 120_000);

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
    repo.write(
      'aiguard.config.ts',
      [
        "type Level = 'block' | 'warn' | 'info' | 'off';",
        'interface Policy { rules: Record<string, Level> }',
        "const policy: Policy = { rules: { 'claude-code/co-author-trailer': 'warn' } };",
        'export default policy;',
        '',
      ].join('\n'),
    );
    const bin = join(app, 'node_modules/.bin/aiguard');
    const run = (args: string[]) =>
      spawnSync(bin, ['scan', '--message-file', 'MSG', ...args], { cwd: repo.dir, env: cleanEnv(), encoding: 'utf8' });
    for (const result of [run(['--config', 'aiguard.config.ts']), run(['--trust-config'])]) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('warning');
    }
    // No compiled copy or cache is left beside the config.
    expect(readdirSync(repo.dir).sort()).toEqual(['.git', 'MSG', 'aiguard.config.ts']);
  });
});
