// A fresh build of the bundle into a temporary folder, with esbuild's metafile: which sources each output file holds.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PROJECT_ROOT, cleanEnv, lastingTempDir, runCli, tempDir } from './git-repo.js';

export interface FreshBuild {
  dir: string;
  /** Output path relative to the build folder (cli.js, chunks/x.js) → the source files in it (src/hooks/pre-commit.ts). */
  inputs: Map<string, string[]>;
}

let fresh: FreshBuild | undefined;

export function freshBuild(): FreshBuild {
  if (fresh) return fresh;
  const dir = join(lastingTempDir('aiguard-build-'), 'dist');
  const metafile = join(dir, '..', 'meta.json');
  const args = [join(PROJECT_ROOT, 'scripts/build.mjs'), '--outdir', dir, '--metafile', metafile];
  execFileSync(process.execPath, args, { cwd: PROJECT_ROOT, env: cleanEnv(), stdio: 'pipe' });
  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const inputs = new Map<string, string[]>();
  for (const [output, { inputs: sources }] of Object.entries(meta.outputs)) {
    inputs.set(relative(dir, resolve(PROJECT_ROOT, output)), Object.keys(sources));
  }
  fresh = { dir, inputs };
  return fresh;
}

export interface TracedRun {
  code: number;
  stderr: string;
  /** The bundle's files that loaded, in order: `cli.js`, `chunks/core.js`. */
  files: string[];
  /** Sources those files hold (`src/…`, `node_modules/<package>/…`, build assets), from a fresh build's metafile. */
  modules: Set<string>;
  /** The git commands run, as GIT_TRACE names them. */
  gitCommands: string[];
}

/**
 * The committed CLI run with what it did recorded: the modules it loaded (test/fixtures/module-log.mjs) and the git
 * commands it ran. aiguard's own code is one core chunk, loaded whole, so work left undone shows in git's trace and
 * in the chunks of dependencies that stay unloaded.
 */
export function tracedRun(args: string[], cwd: string, env: NodeJS.ProcessEnv): TracedRun {
  const log = join(tempDir(), 'modules.txt');
  const trace = join(tempDir(), 'git-trace.txt');
  const preload = `--import ${join(PROJECT_ROOT, 'test/fixtures/module-log.mjs')}`;
  const result = runCli(args, { cwd, env: { ...env, NODE_OPTIONS: preload, AIGUARD_TEST_MODULE_LOG: log, GIT_TRACE: trace } });
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'))
    .map((url) => url.slice(url.lastIndexOf('/dist/') + 6));
  const { inputs } = freshBuild();
  const gitCommands = readFileSync(trace, 'utf8')
    .split('\n')
    .flatMap((line) => /trace: built-in: git (\S+)/.exec(line)?.[1] ?? []);
  const modules = new Set(files.flatMap((file) => inputs.get(file) ?? []));
  return { code: result.code, stderr: result.stderr, files, modules, gitCommands };
}
