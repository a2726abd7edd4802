// aiguard installed the ways users install it, from this checkout and with no registry: the packed tarball as a
// project's devDependency or globally (npm install -g --prefix), and a git URL.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { cleanEnv, tempDir, lastingTempDir } from './git-repo.js';
import { projectCopy, projectFilesHash } from './project-copy.js';

const NPM_QUIET = ['--offline', '--no-audit', '--no-fund', '--loglevel=error'];
let tarball: string | undefined;

export function npm(args: string[], cwd: string): string {
  const env = cleanEnv({ npm_config_update_notifier: 'false' });
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** npm without blocking the test file's worker, so that independent installs can run side by side. */
export async function npmAsync(args: string[], cwd: string): Promise<string> {
  const env = cleanEnv({ npm_config_update_notifier: 'false' });
  return (await promisify(execFile)('npm', args, { cwd, env, encoding: 'utf8' })).stdout;
}

/**
 * `npm pack` of the checkout's files, made once for every test file and worker of a run: the tarball is kept in a folder
 * named by the hash of those files (all npm could pack), so a second file finds it there instead of packing again.
 */
export function packedTarball(): string {
  if (tarball) return tarball;
  const dir = join(tmpdir(), `aiguard-test-pack-${projectFilesHash()}`);
  if (!existsSync(dir)) {
    pruneOldPacks();
    const staging = lastingTempDir('aiguard-pack-');
    npm(['pack', '--pack-destination', staging, '--loglevel=error'], projectCopy());
    try {
      renameSync(staging, dir);
    } catch {
      // Another worker packed the same files first: its tarball is as good.
    }
  }
  utimesSync(dir, new Date(), new Date());
  tarball = join(
    dir,
    readdirSync(dir).find((name) => name.endsWith('.tgz'))!,
  );
  return tarball;
}

/** Packs of other file contents left by earlier runs, once a day old (a run in progress touches its own). */
function pruneOldPacks(): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('aiguard-test-pack-')) continue;
    const path = join(tmpdir(), name);
    if (statSync(path).mtimeMs < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

/** npm install -g --prefix <folder>: the folder whose bin/ holds `aiguard`. */
export function globalInstall(spec = packedTarball(), extra: string[] = []): string {
  const prefix = tempDir('aiguard-global-');
  npm(['install', '-g', '--prefix', prefix, ...NPM_QUIET, ...extra, spec], prefix);
  return prefix;
}

/** aiguard as a devDependency of the project at dir (package.json written when missing). */
export function devDependencyInstall(dir: string, spec = packedTarball()): void {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, `${JSON.stringify({ name: 'consumer', private: true })}\n`);
  if (!existsSync(join(dir, '.gitignore'))) writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  npm(['install', '--save-dev', ...NPM_QUIET, spec], dir);
}

/** devDependencyInstall without blocking. */
export async function devDependencyInstallAsync(dir: string, spec = packedTarball()): Promise<void> {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, `${JSON.stringify({ name: 'consumer', private: true })}\n`);
  if (!existsSync(join(dir, '.gitignore'))) writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
  await npmAsync(['install', '--save-dev', ...NPM_QUIET, spec], dir);
}

/** globalInstall without blocking: the folder whose bin/ holds `aiguard`. */
export async function globalInstallAsync(spec = packedTarball(), extra: string[] = []): Promise<string> {
  const prefix = tempDir('aiguard-global-');
  await npmAsync(['install', '-g', '--prefix', prefix, ...NPM_QUIET, ...extra, spec], prefix);
  return prefix;
}

let template: Promise<string> | undefined;

/** One real devDependency install of the tarball a test file (package.json, lock file, node_modules), to copy from. */
export function devDependencyTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = lastingTempDir('aiguard-consumer-template-');
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true })}\n`);
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    await npmAsync(['install', '--save-dev', ...NPM_QUIET, packedTarball()], dir);
    return dir;
  })();
  return template;
}

/** What devDependencyInstall(dir) leaves, copied from the template (cp -a keeps node_modules/.bin's relative links). */
export function devDependencyCopy(from: string, dir: string): void {
  for (const name of ['package.json', 'package-lock.json', '.gitignore', 'node_modules']) {
    if (name !== 'node_modules' && existsSync(join(dir, name))) throw new Error(`devDependencyCopy: ${name} is already in ${dir}`);
    execFileSync('cp', ['-a', join(from, name), join(dir, name)]);
  }
}
