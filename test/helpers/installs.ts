// aiguard installed the ways users install it, from this checkout and with no registry: the packed tarball as a
// project's devDependency or globally (npm install -g --prefix), and a git URL.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv, tempDir } from './git-repo.js';
import { projectCopy } from './project-copy.js';

const NPM_QUIET = ['--offline', '--no-audit', '--no-fund', '--loglevel=error'];
let tarball: string | undefined;

export function npm(args: string[], cwd: string): string {
  const env = cleanEnv({ npm_config_update_notifier: 'false' });
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** `npm pack` of the checkout's files (made once a test file). */
export function packedTarball(): string {
  if (tarball) return tarball;
  const dir = tempDir('aiguard-pack-');
  npm(['pack', '--pack-destination', dir, '--loglevel=error'], projectCopy());
  tarball = join(dir, readdirSync(dir).find((name) => name.endsWith('.tgz'))!);
  return tarball;
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
