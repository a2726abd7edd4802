import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';

// Settings a hostile repository could use to run code or change output under us. --no-replace-objects: a
// refs/replace/* ref must never make git show aiguard another object than the one a ref or a push names.
const SAFE_CONFIG = [
  '--no-replace-objects',
  '-c',
  'core.useReplaceRefs=false',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.quotePath=false',
  '-c',
  'i18n.logOutputEncoding=UTF-8',
  '-c',
  'diff.noprefix=false',
  '-c',
  'diff.mnemonicPrefix=false',
  '-c',
  'color.ui=false',
  // diff.relative hides changes outside the folder git runs in; log.showSignature writes gpg output into the log.
  '-c',
  'diff.relative=false',
  '-c',
  'log.showSignature=false',
  // A column field would shift git grep's output; the grafts hint would become the first line of every error.
  '-c',
  'grep.column=false',
  '-c',
  'advice.graftFileDeprecated=false',
];

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export function gitArgs(args: readonly string[]): string[] {
  return [...SAFE_CONFIG, ...args];
}

// Replace refs off (for git's own child processes too), and no grafts file: both rewrite what history git shows.
const NO_REPLACEMENTS = { GIT_NO_REPLACE_OBJECTS: '1', GIT_GRAFT_FILE: '/dev/null' };

export function gitEnv(): NodeJS.ProcessEnv {
  // A pager or a prompt would hang a hook; an inherited GIT_DIR from a hook is kept on purpose.
  return { ...process.env, GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...NO_REPLACEMENTS };
}

/** Runs git with an argument array and collects its output (or hands each piece of stdout to onStdout, which then
 * leaves `stdout` empty); never throws for a non-zero exit (an abort rejects). */
export function runGit(
  args: readonly string[],
  cwd: string,
  input?: string,
  signal?: AbortSignal,
  onStdout?: (chunk: Buffer) => void,
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const stopped = () => new UsageError(`git ${args[0] ?? ''}: stopped`);
    if (signal?.aborted) return reject(stopped());
    const child = spawn('git', gitArgs(args), {
      cwd,
      env: gitEnv(),
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    // Not spawn's own `signal` option: on a spawn that failed, its abort would call kill() on a process that never was.
    const abort = () => {
      stopChild(child);
      reject(stopped());
    };
    signal?.addEventListener('abort', abort, { once: true });
    child.on('close', () => signal?.removeEventListener('abort', abort));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', onStdout ?? ((chunk: Buffer) => out.push(chunk)));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new UsageError(existsSync(cwd) ? `cannot run git: ${error.message}` : `no such folder: ${cwd}`)));
    child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }));
    if (child.stdin) {
      // git may exit before it reads its input; that is its answer, not our error.
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
  });
}

/**
 * Stops a child that is still running. Never on one whose spawn failed (no pid): node 20 would call kill() with the
 * uninitialised pid of its handle, and a 0 there sends SIGTERM to our whole process group (the hook, the CI job).
 */
export function stopChild(child: ChildProcess): void {
  if (child.pid === undefined || child.pid <= 0 || child.exitCode !== null || child.signalCode !== null) return;
  child.kill();
}

/** Runs git and returns stdout as text; a failure becomes a one-line UsageError. */
export async function git(args: readonly string[], cwd: string, what = args.join(' ')): Promise<string> {
  const result = await runGit(args, cwd);
  if (result.code !== 0) throw new UsageError(`git ${what}: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.toString('utf8');
}

export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? ''
  );
}

/** Splits NUL-separated git output (-z) into fields, dropping the empty tail. */
export function splitZ(text: string): string[] {
  const fields = text.split('\0');
  if (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}
