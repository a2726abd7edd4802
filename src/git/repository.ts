import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runGit, firstLine, git, type GitResult } from './run-git.js';
import { UsageError } from '../errors.js';

export interface Repository {
  /** Where git commands run: the work tree's top level, or the git directory of a bare repository. */
  cwd: string;
  /** Work tree top level; undefined in a bare repository. */
  root?: string;
  gitDir: string;
  bare: boolean;
  /** False on an unborn branch (no commit yet). */
  hasHead: boolean;
}

/** Finds the repository that holds dir, whether a work tree, a linked worktree or a bare repository. */
export async function openRepository(dir: string): Promise<Repository> {
  const cwd = resolve(dir);
  // A work tree answers everything in one git start-up (a hook's dearest step after node's own); a git directory
  // (a HEAD file in it: bare, or inside .git) cannot show a top level, which stops rev-parse before HEAD is read.
  const combined = existsSync(join(cwd, 'HEAD')) ? undefined : await probeWorkTree(cwd).catch(rethrowFor(dir, cwd));
  const [probe, head] =
    combined ??
    (await Promise.all([
      runGit(['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel'], cwd),
      runGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], cwd).then((result) => result.code === 0),
    ]).catch(rethrowFor(dir, cwd)));
  const output = probe.stdout.toString('utf8');
  const bare = output.startsWith('true\n');
  if (probe.code !== 0 && !bare) {
    throw new UsageError(`not a git repository: ${dir} (${firstLine(probe.stderr) || 'git rev-parse failed'})`);
  }
  const { gitDir, root } = await splitProbe(output.slice(output.indexOf('\n') + 1), bare, cwd);
  return { cwd: root ?? gitDir, root, gitDir, bare, hasHead: head };
}

/**
 * The probe and HEAD's commit from one rev-parse: exit 0 with the commit id as the last line, exit 1 on an unborn
 * branch. Undefined when git stopped (exit 128: no work tree there), for the two separate probes to answer.
 */
async function probeWorkTree(cwd: string): Promise<[GitResult, boolean] | undefined> {
  const args = ['rev-parse', '--is-bare-repository', '--absolute-git-dir', '--show-toplevel', '--verify', '--quiet', 'HEAD^{commit}'];
  const result = await runGit(args, cwd);
  const output = result.stdout.toString('utf8');
  if (result.code === 1 && output.startsWith('false\n')) return [{ ...result, code: 0 }, false];
  const commit = /\n[0-9a-f]{40,64}\n$/.exec(output);
  if (result.code !== 0 || !output.startsWith('false\n') || !commit) return undefined;
  return [{ ...result, stdout: Buffer.from(output.slice(0, commit.index + 1)) }, true];
}

/** git cannot start in a folder that is not there: say that, not "cannot run git". */
function rethrowFor(dir: string, cwd: string): (error: unknown) => never {
  return (error) => {
    throw folderError(dir, cwd) ?? error;
  };
}

/** `<git dir>\n<top level>\n`: a folder name may hold a newline, so then git is asked for the top level alone. */
async function splitProbe(rest: string, bare: boolean, cwd: string): Promise<{ gitDir: string; root?: string }> {
  const lines = rest.split('\n');
  if (bare) return { gitDir: lines.length <= 2 ? lines[0] || cwd : rest.replace(/\n$/, '') };
  if (lines.length <= 3) return { gitDir: lines[0] || cwd, root: lines[1] || undefined };
  const top = await runGit(['rev-parse', '--show-toplevel'], cwd);
  const root = top.stdout.toString('utf8').replace(/\n$/, '');
  const gitDir = rest.endsWith(`\n${root}\n`) ? rest.slice(0, -(root.length + 2)) : lines[0]!;
  return { gitDir, root: root || undefined };
}

/** The one-line error for a path that is missing or not a folder; undefined when it is a folder. */
function folderError(dir: string, cwd: string): UsageError | undefined {
  try {
    return statSync(cwd).isDirectory() ? undefined : new UsageError(`not a folder: ${dir}`);
  } catch {
    return new UsageError(`no such folder: ${dir}`);
  }
}

/** The full id of the commit rev names, undefined when it is not in the object store. */
export async function commitId(repo: Repository, rev: string): Promise<string | undefined> {
  const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], repo.cwd);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

/** Resolves a revision to a full commit id, naming the revision when it does not exist. */
export async function resolveCommit(repo: Repository, rev: string): Promise<string> {
  const id = await commitId(repo, rev);
  if (id === undefined) throw new UsageError(`unknown revision: ${rev}`);
  return id;
}

export async function headCommit(repo: Repository): Promise<string | undefined> {
  if (!repo.hasHead) return undefined;
  return (await git(['rev-parse', 'HEAD'], repo.cwd)).trim();
}
