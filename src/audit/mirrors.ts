// URLs become bare, blobless mirrors in the cache: cloned once, fetched on later runs (simple-git, with its progress).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { normaliseRemoteUrl } from '../policy/remote-url.js';

export interface MirrorProgress {
  /** clone or fetch */
  method: string;
  /** git's own stage name: counting, compressing, receiving, resolving… */
  stage: string;
  /** Percent of the stage. */
  progress: number;
}

// Branches and tags only: a forge's pull-request and merge-request refs are not the repository's history.
const REFSPECS = ['+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*'];

const KEPT_GIT_VARIABLES = ['GIT_SSL_CAINFO', 'GIT_SSL_CAPATH', 'GIT_SSH_COMMAND', 'GIT_CONFIG_NOSYSTEM', 'GIT_CONFIG_GLOBAL'];
// What git needs to reach a forge (proxies, certificates, an SSH agent); editors, pagers and the rest stay out.
const KEPT_VARIABLES = new RegExp(
  '^(?:PATH|HOME|USER|LOGNAME|LANG|TMPDIR|TEMP|TMP|SYSTEMROOT|XDG_CONFIG_HOME|SSH_AUTH_SOCK' +
    '|SSL_CERT_FILE|SSL_CERT_DIR|(?:HTTPS?|ALL|NO)_PROXY)$',
  'i',
);

/** No prompt can hang a worker; no transport that runs a command (ext::) is allowed, whatever git's config says. */
function mirrorEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && (KEPT_VARIABLES.test(key) || KEPT_GIT_VARIABLES.includes(key))) env[key] = value;
  }
  return { ...env, GIT_TERMINAL_PROMPT: '0', GIT_ALLOW_PROTOCOL: 'file:git:http:https:ssh', LC_ALL: 'C' };
}

/** The folder a URL's mirror lives in: readable, and unique per URL however it was spelled. */
export function mirrorPath(cache: string, url: string): string {
  const normal = normaliseRemoteUrl(url);
  const readable =
    normal
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[_.]+/, '')
      .slice(-80) || 'repository';
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 10);
  return join(cache, `${readable}-${hash}.git`);
}

/** Clones the mirror when missing, fetches it otherwise; returns its folder. A failure throws with git's own line. */
export async function ensureMirror(url: string, cache: string, onProgress?: (progress: MirrorProgress) => void): Promise<string> {
  const dir = mirrorPath(cache, url);
  mkdirSync(cache, { recursive: true });
  const options = {
    baseDir: cache,
    progress: onProgress ? ({ method, stage, progress }: MirrorProgress) => onProgress({ method, stage, progress }) : undefined,
    // A company CA for its own forge is the user's setting to keep (simple-git guards GIT_* variables otherwise).
    allowEnvironment: [...KEPT_GIT_VARIABLES, 'GIT_TERMINAL_PROMPT', 'GIT_ALLOW_PROTOCOL'],
    // GIT_CONFIG_GLOBAL and GIT_CONFIG_NOSYSTEM are the user's own choice of config, not the scanned repository's.
    unsafe: { allowUnsafeConfigPaths: true },
  };
  const env = mirrorEnvironment();
  const fresh = !existsSync(join(dir, 'HEAD'));
  try {
    if (fresh) {
      rmSync(dir, { recursive: true, force: true });
      await simpleGit(options).env(env).clone(url, dir, ['--bare', '--filter=blob:none', '--no-local']);
      const mirror = simpleGit({ ...options, baseDir: dir }).env(env);
      await mirror.raw(['config', '--replace-all', 'remote.origin.fetch', REFSPECS[0]!]);
      await mirror.raw(['config', '--add', 'remote.origin.fetch', REFSPECS[1]!]);
      return dir;
    }
    const mirror = simpleGit({ ...options, baseDir: dir }).env(env);
    await mirror.fetch(['--prune', '--no-write-fetch-head', 'origin', ...REFSPECS]);
    await followDefaultBranch(mirror);
    return dir;
  } catch (error) {
    // A clone that failed half-way leaves nothing that a later run would take for a mirror.
    if (fresh) rmSync(dir, { recursive: true, force: true });
    throw new Error(oneLine(error), { cause: error });
  }
}

/** The remote's default branch may have changed since the clone: HEAD follows it. */
async function followDefaultBranch(mirror: SimpleGit): Promise<void> {
  const listed = await mirror.raw(['ls-remote', '--symref', 'origin', 'HEAD']);
  const target = /^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(listed)?.[1];
  if (target) await mirror.raw(['symbolic-ref', 'HEAD', target]);
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[0] ?? 'git failed';
}
