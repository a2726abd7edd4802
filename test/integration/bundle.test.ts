// dist/ is the committed bundle: it must be what `npm run build` makes of today's sources, and it must run alone.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanEnv, cleanupTempDirs } from '../helpers/git-repo.js';
import { freshBuild, tracedRun } from '../helpers/bundle.js';
import { projectCopy } from '../helpers/project-copy.js';

afterAll(cleanupTempDirs);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('the committed bundle', () => {
  it('is byte for byte what a fresh build of the sources gives (else: npm run build, and commit dist/)', () => {
    const { dir } = freshBuild();
    const committed = join(PROJECT_ROOT, 'dist');
    const stale = 'dist/ is not the bundle of the current sources: run npm run build and commit dist/';
    expect(filesUnder(committed), stale).toEqual(filesUnder(dir));
    for (const path of filesUnder(dir)) {
      expect(readFileSync(join(committed, path), 'utf8') === readFileSync(join(dir, path), 'utf8'), `${stale} (${path})`).toBe(true);
    }
  });

  it('keeps the lazy loading: the entry holds no command, no rule text, no parser', () => {
    const { inputs } = freshBuild();
    const entry = inputs.get('cli.js')!;
    expect(entry).toContain('src/cli.ts');
    const heavy = (source: string) => source.startsWith('node_modules/') || source.startsWith('src/commands/') || source.includes('assets');
    expect(entry.filter(heavy)).toEqual([]);
    expect(statSync(join(PROJECT_ROOT, 'dist/cli.js')).size).toBeLessThan(8_000);
  });

  it("holds aiguard's code in one core chunk, which a clean tree scan loads alone; the audit and big dependencies apart", () => {
    const { inputs } = freshBuild();
    const cores = [...inputs.keys()].filter((path) => /^chunks\/core\.js$/.test(path));
    expect(cores).toHaveLength(1);
    const core = inputs.get(cores[0]!)!;
    const own = ['src/pipeline.ts', 'src/commands/scan.ts', 'src/hooks/pre-commit.ts', 'src/assets/rules.ts'];
    expect(core).toEqual(expect.arrayContaining(own));
    const apart = ['src/audit/', 'src/assets/sql-wasm.ts', 'node_modules/yaml/', 'node_modules/micromatch/', 'node_modules/re2js/'];
    apart.push('node_modules/jiti/', 'node_modules/sql.js/', 'node_modules/cosmiconfig/', 'node_modules/jsonc-parser/');
    expect(core.filter((source) => apart.some((prefix) => source.startsWith(prefix)))).toEqual([]);
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('init');
    const scan = tracedRun(['scan'], repo.dir, cleanEnv());
    expect(scan.code, scan.stderr).toBe(0);
    expect(scan.files).toEqual(['cli.js', cores[0]]);
  });

  it('package.json#bin is the bundle, which starts with a node shebang', () => {
    expect(pkg.bin).toEqual({ aiguard: 'dist/cli.js' });
    expect(readFileSync(join(PROJECT_ROOT, pkg.bin.aiguard!), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});

describe('a fresh clone, with no npm ci', () => {
  const run = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [join(projectCopy(), 'dist/cli.js'), ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });

  it('has no node_modules and prints the version of package.json', () => {
    const copy = projectCopy();
    expect(readdirSync(copy)).not.toContain('node_modules');
    const result = run(['--version'], copy);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${pkg.version}\n`);
  });

  it('scans: a CLAUDE.md blocks, a clean tree passes', () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('init');
    expect(run(['scan'], repo.dir).status).toBe(0);
    repo.write('CLAUDE.md', '# notes\n').add().commit('notes');
    const blocked = run(['scan'], repo.dir);
    expect(blocked.status).toBe(1);
    expect(blocked.stdout).toContain('claude-code/claude-md');
  });

  it('validates a YAML config with the embedded schema validator', () => {
    const repo = TestRepo.init();
    repo.write('.aiguardrc.yaml', 'tools:\n  claude-code: warn\n').write('CLAUDE.md', '# notes\n').add().commit('config');
    const warned = run(['scan'], repo.dir);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('claude-code/claude-md');
    repo.write('.aiguardrc.yaml', 'tools:\n  claude-code: warn\nbogus: 1\n').add().commit('typo');
    const result = run(['scan'], repo.dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.yaml: bogus: unknown key\n');
  });
});
