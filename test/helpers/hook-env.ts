// Hook tests run real git with aiguard on PATH through a shim, as an installed package would be.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { CLI, TestRepo, cleanEnv, lastingTempDir, spawnAsync } from './git-repo.js';

// The non-blocking runners live beside runCli; hook tests import them from here too.
export { runCliAsync, spawnAsync } from './git-repo.js';

let shimDir: string | undefined;

/** A temp bin folder whose `aiguard` runs the built CLI. */
export function aiguardBin(): string {
  if (shimDir) return shimDir;
  shimDir = lastingTempDir('aiguard-bin-');
  const shim = join(shimDir, 'aiguard');
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`);
  chmodSync(shim, 0o755);
  return shimDir;
}

export function hookEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return cleanEnv({ PATH: `${aiguardBin()}:${process.env.PATH ?? ''}`, ...extra });
}

export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** git as a user runs it: hooks enabled, exit code and output kept. */
export function runGit(repo: TestRepo | string, args: string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): GitRun {
  const dir = typeof repo === 'string' ? repo : repo.dir;
  const result = spawnSync('git', args, { cwd: dir, env: options.env ?? hookEnv(), input: options.input ?? '', encoding: 'utf8' });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** runGit without blocking the worker. */
export function runGitAsync(
  repo: TestRepo | string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<GitRun> {
  const dir = typeof repo === 'string' ? repo : repo.dir;
  return spawnAsync('git', args, { cwd: dir, env: options.env ?? hookEnv(), input: options.input });
}

/** A work tree with hooks on PATH and a bare remote named origin. */
export function repoWithRemote(): { repo: TestRepo; remote: TestRepo } {
  const remote = TestRepo.init({ bare: true });
  const repo = new TestRepo(TestRepo.init().dir, hookEnv());
  repo.git('remote', 'add', 'origin', remote.dir);
  return { repo, remote };
}

export function remoteRefs(remote: TestRepo): string {
  return remote.git('for-each-ref', '--format=%(refname) %(objectname)');
}
