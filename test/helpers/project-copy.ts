// This project as a fresh clone sees it: the files git would commit (tracked, or new and not ignored), no node_modules,
// no build/. Tests run the committed bundle from here to show that nothing else is needed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PROJECT_ROOT, cleanEnv, lastingTempDir } from './git-repo.js';

let copy: string | undefined;

export function projectFiles(): string[] {
  const args = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
  const listed = execFileSync('git', args, { cwd: PROJECT_ROOT, env: cleanEnv() });
  return listed
    .toString('utf8')
    .split('\0')
    .filter((path) => path !== '' && isFile(join(PROJECT_ROOT, path)));
}

/** sha256 of the project's files (paths, modes, contents): what a copy of them, or a pack of the copy, is made of. */
export function projectFilesHash(): string {
  const hash = createHash('sha256');
  for (const path of projectFiles()) {
    const full = join(PROJECT_ROOT, path);
    hash
      .update(`${path}\0${statSync(full).mode}\0`)
      .update(readFileSync(full))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** A copy of the project's files in a temporary folder (made once a test file). */
export function projectCopy(): string {
  if (copy) return copy;
  const dir = join(lastingTempDir('aiguard-project-'), 'aiguard');
  for (const path of projectFiles()) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, path), join(dir, path));
  }
  copy = dir;
  return dir;
}

/** The copy as a git repository with one commit tagged v<version>, for git-URL installs and pre-commit's remote form. */
export function projectRepository(tag: string): string {
  const dir = projectCopy();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: cleanEnv(), stdio: 'pipe' });
  try {
    git('rev-parse', '--verify', '-q', `refs/tags/${tag}`);
  } catch {
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'core.hooksPath=/dev/null', 'commit', '-q', '--no-verify', '-m', 'aiguard');
    git('tag', tag);
  }
  return dir;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // deleted in the work tree, not yet staged
  }
}
