// A fresh build of the bundle into a temporary folder, with esbuild's metafile: which sources each output file holds.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PROJECT_ROOT, cleanEnv, lastingTempDir } from './git-repo.js';

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
