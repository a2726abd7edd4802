// Real git in temporary folders: every test builds the repository it needs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(PROJECT_ROOT, 'dist/cli.js');

const cleanups: string[] = [];
export function cleanupTempDirs(): void {
  for (const dir of cleanups.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function tempDir(prefix = 'aiguard-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(dir);
  return dir;
}

const lasting: string[] = [];
/**
 * A temporary folder for what a helper makes once and every test file of the worker reuses (the project copy, the
 * packed tarball, the shim): test files share a worker process, so no file's cleanupTempDirs may remove it.
 */
export function lastingTempDir(prefix = 'aiguard-'): string {
  if (lasting.length === 0) process.once('exit', () => lasting.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  lasting.push(dir);
  return dir;
}

/**
 * Every CLI run of the suite shares one code cache (src/boot/code-cache.ts), outside the developer's home and kept
 * between runs: cleanEnv drops CI, which would turn it off, and most runs then take the cached path.
 */
export const TEST_CODE_CACHE = join(tmpdir(), `aiguard-test-code-cache-${process.getuid?.() ?? 'user'}`);

/** An environment without the caller's git identity, hooks or AI-session variables. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(GIT_|CLAUDE|CODEX_|GEMINI_CLI|AIGUARD|GITHUB_|GITLAB_|CI_|CI$|BITBUCKET_|TF_BUILD|SYSTEM_|BUILD_|JENKINS|CIRCLE)/.test(key))
      continue;
    env[key] = value;
  }
  Object.assign(env, {
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Test Person',
    GIT_AUTHOR_EMAIL: 'test.person@example.org',
    GIT_COMMITTER_NAME: 'Test Person',
    GIT_COMMITTER_EMAIL: 'test.person@example.org',
    NO_COLOR: '1',
    AIGUARD_CODE_CACHE: TEST_CODE_CACHE,
  });
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export interface CommitOptions {
  author?: string;
  committer?: string;
  date?: string;
  allowEmpty?: boolean;
}

export class TestRepo {
  constructor(
    readonly dir: string,
    readonly env: NodeJS.ProcessEnv = cleanEnv(),
  ) {}

  static init(options: { bare?: boolean; branch?: string } = {}): TestRepo {
    const dir = tempDir();
    const repo = new TestRepo(dir);
    repo.git('init', '-q', `--initial-branch=${options.branch ?? 'main'}`, ...(options.bare ? ['--bare'] : []));
    return repo;
  }

  /** A copy of this repository (cp -a: objects, refs, config, hooks, work tree) in a fresh folder: build once, copy per test. */
  copy(env: NodeJS.ProcessEnv = { ...this.env }): TestRepo {
    const dir = tempDir();
    execFileSync('cp', ['-a', `${this.dir}/.`, dir]);
    return new TestRepo(dir, env);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: this.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  }

  write(path: string, content = ''): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  symlink(path: string, target: string): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    symlinkSync(target, full);
    return this;
  }

  add(...paths: string[]): this {
    this.git('add', ...(paths.length ? ['--', ...paths] : ['-A']));
    return this;
  }

  /** Commits everything staged (after `git add -A` when files are given) and returns the new commit id. */
  commit(message: string, options: CommitOptions = {}): string {
    const env: NodeJS.ProcessEnv = { ...this.env };
    const [authorName, authorEmail] = splitIdent(options.author);
    const [committerName, committerEmail] = splitIdent(options.committer);
    if (authorName) Object.assign(env, { GIT_AUTHOR_NAME: authorName, GIT_AUTHOR_EMAIL: authorEmail });
    if (committerName) Object.assign(env, { GIT_COMMITTER_NAME: committerName, GIT_COMMITTER_EMAIL: committerEmail });
    if (options.date) Object.assign(env, { GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date });
    execFileSync(
      'git',
      ['commit', '-q', '--no-verify', '--cleanup=verbatim', ...(options.allowEmpty === false ? [] : ['--allow-empty']), '-F', '-'],
      {
        cwd: this.dir,
        env,
        input: message,
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    return this.headId();
  }

  /** The commit HEAD names, read from the loose ref git commit just wrote: no git process; rev-parse when unsure. */
  private headId(): string {
    try {
      const head = readFileSync(join(this.dir, '.git/HEAD'), 'utf8').trim();
      const ref = /^ref: (refs\/heads\/[^\s]+)$/.exec(head)?.[1];
      const id = ref ? readFileSync(join(this.dir, '.git', ref), 'utf8').trim() : head;
      if (/^[0-9a-f]{40}$/.test(id)) return id;
    } catch {
      // .git is a file (a linked worktree or submodule), or the ref is packed: ask git.
    }
    return this.git('rev-parse', 'HEAD').trim();
  }
}

function splitIdent(ident: string | undefined): [string | undefined, string | undefined] {
  if (!ident) return [undefined, undefined];
  const match = /^(.*?)\s*<([^>]*)>$/.exec(ident);
  return match ? [match[1], match[2]] : [ident, ''];
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a real process, real exit code. */
export function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env: options.env ?? cleanEnv(),
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A command without blocking the test file's worker, so that independent runs (and tests) go side by side. */
export function spawnAsync(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string },
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
    child.stdin.on('error', () => undefined); // a command that exits without reading its input
    child.stdin.end(options.input ?? '');
  });
}

/** runCli without blocking the worker: the spare core works while this worker waits (Promise.all, concurrent tests). */
export function runCliAsync(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string }): Promise<CliResult> {
  return spawnAsync(process.execPath, [CLI, ...args], { cwd: options.cwd, env: options.env ?? cleanEnv(), input: options.input });
}

export async function runJsonAsync(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<JsonRun> {
  return jsonRun(await runCliAsync([...args, '--format', 'json'], options));
}

export interface JsonRun {
  code: number;
  report: { findings: Record<string, unknown>[]; summary: Record<string, unknown> };
}

/** A --format json run's exit code and report; exit 2 (no report) is an error of the test. */
function jsonRun(result: CliResult): JsonRun {
  if (result.code === 2) throw new Error(`aiguard exited 2: ${result.stderr}`);
  return { code: result.code, report: JSON.parse(result.stdout) };
}

export function runJson(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): JsonRun {
  return jsonRun(runCli([...args, '--format', 'json'], options));
}
