// Installs without a registry release: the packed tarball and a git URL each give a working `aiguard`, with no build
// step and no lifecycle script on the user's side.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanEnv, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { devDependencyInstallAsync, globalInstallAsync, packedTarball } from '../helpers/installs.js';
import { projectRepository } from '../helpers/project-copy.js';

afterAll(cleanupTempDirs);
// Each test blocks in npm for seconds: give vitest's worker a turn of its event loop between them.
afterEach(() => new Promise((resolve) => setTimeout(resolve, 0)));

// The three installs are independent: started side by side here, each test awaits (and judges) its own.
let tarballGlobal: Promise<string>;
let gitUrlGlobal: Promise<string>;
let gitUrlProject: Promise<string>;
beforeAll(() => {
  const gitUrl = `git+file://${projectRepository('v0.2.0')}#v0.2.0`;
  // The git-URL installs, the slowest (npm installs the clone's devDependencies first), start before the pack.
  const project = tempDir('aiguard-consumer-');
  gitUrlProject = devDependencyInstallAsync(project, gitUrl).then(() => project);
  // Without --install-links, npm 11 links a global git install to its temporary clone, which it then deletes.
  gitUrlGlobal = globalInstallAsync(gitUrl, ['--install-links']);
  tarballGlobal = globalInstallAsync(packedTarball());
  // A failed install fails its own test; it is not an unhandled rejection of the file.
  for (const install of [tarballGlobal, gitUrlGlobal, gitUrlProject]) install.catch(() => undefined);
});

const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
  repository: { url: string };
  engines: { node: string };
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};

/** The installed aiguard works: its version, and a scan that blocks a CLAUDE.md. */
function expectWorking(bin: string): void {
  const version = spawnSync(bin, ['--version'], { env: cleanEnv(), encoding: 'utf8' });
  expect(version.stderr).toBe('');
  expect(version.stdout).toBe(`${pkg.version}\n`);
  const repo = TestRepo.init();
  repo.write('CLAUDE.md', '# notes\n').add().commit('notes');
  const scan = spawnSync(bin, ['scan'], { cwd: repo.dir, env: cleanEnv(), encoding: 'utf8' });
  expect(scan.status, scan.stderr).toBe(1);
  expect(scan.stdout).toContain('claude-code/claude-md');
}

describe('package.json', () => {
  it('is version 0.2.0, MIT with a repository, Node 20 or newer, and runs no lifecycle script in a consumer install', () => {
    expect(pkg.version).toBe('0.2.0');
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/aiguard\.git$/);
    expect(pkg.engines.node).toBe('>=20');
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) {
      expect(pkg.scripts[script], script).toBeUndefined();
    }
    // The bundle holds every runtime dependency: an install downloads nothing else.
    expect(pkg.dependencies).toBeUndefined();
  });
});

describe('npm pack', () => {
  it('packs LICENSE, the bundle, the hooks and the rules; no sources, tests or build output', () => {
    const listing = execFileSync('tar', ['tzf', packedTarball()], { encoding: 'utf8' });
    const files = listing
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, ''));
    const wanted = ['LICENSE', 'README.md', 'package.json', 'dist/cli.js', 'dist/action.js', 'hooks/aiguard-runner.sh', 'hooks/pre-commit'];
    for (const file of [...wanted, 'action.yml', '.pre-commit-hooks.yaml', 'schema/config.schema.json']) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((path) => /^(src|test|build|scripts|node_modules)\//.test(path))).toEqual([]);
    const packed = JSON.parse(execFileSync('tar', ['xzOf', packedTarball(), 'package/package.json'], { encoding: 'utf8' })) as typeof pkg;
    expect(packed.repository.url).toBe(pkg.repository.url);
  });

  it('npm install -g --prefix of the tarball gives a working aiguard', async () => {
    const prefix = await tarballGlobal;
    expect(existsSync(join(prefix, 'lib/node_modules/aiguard/node_modules'))).toBe(false);
    expectWorking(join(prefix, 'bin/aiguard'));
  });
});

describe('a git URL', () => {
  it('npm install -g --install-links git+file://…#v0.2.0 installs the tagged commit with no build step', async () => {
    const prefix = await gitUrlGlobal;
    expect(lstatSync(join(prefix, 'lib/node_modules/aiguard')).isDirectory()).toBe(true);
    expect(existsSync(join(prefix, 'lib/node_modules/aiguard/src'))).toBe(false);
    expectWorking(join(prefix, 'bin/aiguard'));
  });

  it('a project installs it as a devDependency from the git URL', async () => {
    const project = await gitUrlProject;
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies.aiguard).toMatch(/^git\+file:.*#v0\.2\.0$/);
    expectWorking(join(project, 'node_modules/.bin/aiguard'));
  });
});

describe('the supported Node lines', () => {
  it('engines, the CI matrix and the README agree: 20, 22 and 24', () => {
    expect(pkg.engines.node).toBe('>=20');
    expect(readFileSync(join(PROJECT_ROOT, '.github/workflows/ci.yml'), 'utf8')).toMatch(/node: \[20, 22, 24\]/);
    expect(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')).toContain('Supported Node.js lines: 22 and 24 (LTS), and 20');
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(20);
  });
});

describe('the release workflow', () => {
  it('publishes on a v* tag with provenance, after the tests, from the committed bundle', () => {
    const workflow = readFileSync(join(PROJECT_ROOT, '.github/workflows/release.yml'), 'utf8');
    expect(workflow).toMatch(/tags:\s*\n\s*- 'v\*'/);
    expect(workflow).toContain('id-token: write');
    expect(workflow).toContain('npm publish --provenance --access public');
    expect(workflow).toContain('.ci/run');
  });
});
