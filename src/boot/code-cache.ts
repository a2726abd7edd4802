// Node 20 keeps no compiled code for ES modules between runs (Node 22's module.enableCompileCache does), so every
// hook parsed aiguard's 500 KB core chunk again: 15–20 ms of a commit. The build turns that chunk into a script
// (scripts/cache-core.mjs), and this loader compiles it with V8's code cache, kept per user and per command.
// Not in CI (a fresh machine gains nothing, and a shared runner's cache could be written by a pull request's code).
import {
  accessSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

type DynamicImport = (specifier: string) => Promise<unknown>;
type Body = (imports: readonly object[], importMeta: ImportMeta, dynamicImport: DynamicImport) => Record<string, unknown>;

/** A cache folder holds at most this many cache files: past it, other builds' oldest make room. */
const MAX_FILES = 64;
/** Another build's files are removed once unused this long. */
const STALE_MS = 14 * 24 * 3600 * 1000;

/** The folder for V8's code cache, or undefined where it is off: AIGUARD_CODE_CACHE=0, in CI, for `aiguard ci`. */
export function codeCacheDir(env: NodeJS.ProcessEnv, argv: readonly string[]): string | undefined {
  const setting = env.AIGUARD_CODE_CACHE;
  if (setting && /^(0|false|off|no)$/i.test(setting)) return undefined;
  if (setting && isAbsolute(setting)) return setting;
  if ((env.CI && !/^(0|false)$/i.test(env.CI)) || argv[0] === 'ci') return undefined;
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, 'aiguard', 'v8');
}

/**
 * The cache file's name: the build, the command (each compiles different functions) and what V8 checks the cache
 * against (node's version, its flags), so that runs which differ do not overwrite each other's caches.
 */
export function codeCacheName(build: string, argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const words = [];
  for (const arg of argv.slice(0, 2)) {
    if (!/^[a-z][a-z-]{0,31}$/.test(arg)) break;
    words.push(arg);
  }
  const runtime = [process.version, process.arch, ...process.execArgv, env.NODE_OPTIONS ?? '', ...words].join('\0');
  return `${build}-${createHash('sha256').update(runtime).digest('hex').slice(0, 16)}.v8`;
}

/** Evaluates the core chunk's body (a function expression) with the code cache where there is one, returning its exports. */
export function loadCachedBody(
  bodyUrl: URL,
  build: string,
  imports: readonly object[],
  importMeta: ImportMeta,
  dynamicImport: DynamicImport,
): Record<string, unknown> {
  const filename = fileURLToPath(bodyUrl);
  const source = readFileSync(filename, 'utf8');
  const argv = process.argv.slice(2);
  const dir = codeCacheDir(process.env, argv);
  const cacheFile = dir && privateFolder(dir) ? join(dir, codeCacheName(build, argv, process.env)) : undefined;
  const cachedData = cacheFile ? readCacheFile(cacheFile) : undefined;
  const script = new Script(source, { filename, cachedData });
  // V8 refuses a cache from another build or runtime, or a damaged one, and compiles the source instead.
  // The audit's worker threads may write too (telling them apart would load worker_threads): each file is written
  // whole under a name of its own and renamed.
  if (dir && cacheFile && (!cachedData || script.cachedDataRejected)) {
    // At exit the cache also holds every function this command compiled on the way, not only the top level.
    process.once('exit', () => writeCache(dir, cacheFile, build, () => script.createCachedData()));
  }
  return (script.runInThisContext() as Body)(imports, importMeta, dynamicImport);
}

/** A cache file is V8's data after its SHA-256: release builds of V8 do not check the data, and a damaged one crashes node. */
const DIGEST_BYTES = 32;

function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/**
 * A folder this user owns and nobody else may write, or one not made yet: whoever can write the cache chooses the
 * code aiguard runs, so a shared or world-writable folder is neither read nor written.
 */
function privateFolder(dir: string): boolean {
  try {
    const stats = statSync(dir);
    return stats.isDirectory() && ownedPrivately(stats);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/** Owned by this user (where there are uids), and writable by nobody else. */
function ownedPrivately(stats: Stats): boolean {
  const uid = process.getuid?.();
  return (uid === undefined || stats.uid === uid) && (stats.mode & 0o022) === 0;
}

/**
 * The file is checked too, as it is opened (not followed if a link): a folder swapped between its check and the read
 * would bring someone else's file.
 */
function readCacheFile(file: string): Buffer | undefined {
  let content: Buffer;
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile() || !ownedPrivately(stats)) return undefined;
    content = readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const data = content.subarray(DIGEST_BYTES);
  return content.length > DIGEST_BYTES && sha256(data).equals(content.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Best effort, never an error: a folder that cannot be written only means the next run compiles again. */
function writeCache(dir: string, file: string, build: string, data: () => Buffer): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Checked again once made (someone may have made it first), and before the cache is serialised (a few ms).
    if (!privateFolder(dir)) return;
    accessSync(dir, constants.W_OK);
    if (pruned(dir, build) >= MAX_FILES) return;
    const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`; // threads share the pid
    const cached = data();
    writeFileSync(temporary, Buffer.concat([sha256(cached), cached]), { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    // a read-only home, a full disk: the cache is only a speed-up
  }
}

/**
 * The names this loader writes: `<build>-<runtime>.v8`, and `….tmp` while one is written. Only these are ever
 * removed: AIGUARD_CODE_CACHE may name a folder that holds other files.
 */
const CACHE_NAME = /^[0-9a-f]{16}-[0-9a-f]{16}\.v8(?:\.\d+-[0-9a-z]+\.tmp)?$/;

/**
 * Makes room: removes other builds' cache files (and writes left half done) unused for two weeks, then, while the
 * folder is full, other builds' oldest. A new version's cache must not wait two weeks for the old ones to go.
 * Returns how many cache files remain.
 */
function pruned(dir: string, build: string): number {
  const now = Date.now();
  const others: { path: string; mtimeMs: number }[] = [];
  let left = 0;
  for (const name of readdirSync(dir)) {
    if (!CACHE_NAME.test(name)) continue;
    left += 1;
    if (name.startsWith(`${build}-`) && !name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats?.isFile()) others.push({ path, mtimeMs: stats.mtimeMs });
  }
  others.sort((a, b) => a.mtimeMs - b.mtimeMs);
  for (const { path, mtimeMs } of others) {
    if (now - mtimeMs < STALE_MS && left < MAX_FILES) break;
    rmSync(path, { force: true });
    left -= 1;
  }
  return left;
}
