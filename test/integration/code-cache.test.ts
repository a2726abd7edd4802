// The core chunk is compiled with V8's code cache (src/boot/code-cache.ts): a cache is written once per command,
// used after, replaced when V8 refuses it, never written in CI, and never changes what aiguard answers.
import { afterAll, describe, expect, it } from 'vitest';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

function blockedRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.write('README.md', 'hello\n').write('CLAUDE.md', '# notes\n').add().commit('notes');
  return repo;
}

const caches = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.v8')).sort();

/** A blocked repository scanned once with a cache folder of its own: the run's answer and the file it wrote. */
function scannedOnce() {
  const repo = blockedRepo();
  const dir = join(tempDir(), 'cache');
  const env = cleanEnv({ AIGUARD_CODE_CACHE: dir });
  const expected = runCli(['scan'], { cwd: repo.dir, env });
  const [file] = caches(dir);
  return { repo, dir, env, expected, file: file!, path: join(dir, file!) };
}

describe('the code cache', () => {
  it('is written by the first run of a command, then used as it is; the answer is the same with it and without', () => {
    const repo = blockedRepo();
    const dir = join(tempDir(), 'cache');
    const env = cleanEnv({ AIGUARD_CODE_CACHE: dir });
    const uncached = runCli(['scan'], { cwd: repo.dir, env: cleanEnv({ AIGUARD_CODE_CACHE: '0' }) });
    expect(uncached.code).toBe(1);
    const first = runCli(['scan'], { cwd: repo.dir, env });
    expect(caches(dir)).toHaveLength(1);
    const [file] = caches(dir);
    const written = statSync(join(dir, file!));
    const second = runCli(['scan'], { cwd: repo.dir, env });
    // V8 took the cache: a refused one would have been written again at exit.
    expect(statSync(join(dir, file!)).ino).toBe(written.ino);
    expect(statSync(join(dir, file!)).mtimeMs).toBe(written.mtimeMs);
    for (const run of [first, second]) expect(run).toEqual(uncached);
    expect(file).toMatch(/^[0-9a-f]{16}-[0-9a-f]{16}\.v8$/);
  });

  it('keeps one cache per command, since each compiles other functions', () => {
    const repo = blockedRepo();
    const dir = join(tempDir(), 'cache');
    const env = cleanEnv({ AIGUARD_CODE_CACHE: dir });
    runCli(['scan'], { cwd: repo.dir, env });
    runCli(['hook', 'pre-commit'], { cwd: repo.dir, env });
    runCli(['scan', '--format', 'json'], { cwd: repo.dir, env });
    expect(caches(dir)).toHaveLength(2);
  });

  it('replaces a damaged cache, and the run that finds it answers as if there were none', () => {
    const { repo, env, expected, path } = scannedOnce();
    const good = readFileSync(path);
    writeFileSync(path, Buffer.concat([good.subarray(0, 64), Buffer.alloc(good.length - 64, 0x5a)]));
    expect(runCli(['scan'], { cwd: repo.dir, env })).toEqual(expected);
    expect(readFileSync(path).subarray(64, 128).equals(Buffer.alloc(64, 0x5a))).toBe(false);
    writeFileSync(path, 'not a cache');
    expect(runCli(['scan'], { cwd: repo.dir, env })).toEqual(expected);
    expect(readFileSync(path).length).toBeGreaterThan(1000);
  });

  it('is not written in CI, for `aiguard ci`, or with AIGUARD_CODE_CACHE=0', () => {
    const repo = blockedRepo();
    const home = tempDir();
    const base = cleanEnv({ HOME: home, XDG_CACHE_HOME: undefined, AIGUARD_CODE_CACHE: undefined });
    expect(runCli(['scan'], { cwd: repo.dir, env: { ...base, CI: 'true' } }).code).toBe(1);
    expect(runCli(['ci', '--range', 'HEAD~0..HEAD'], { cwd: repo.dir, env: base }).code).not.toBe(-1);
    expect(runCli(['scan'], { cwd: repo.dir, env: { ...base, AIGUARD_CODE_CACHE: '0' } }).code).toBe(1);
    expect(readdirSync(home)).toEqual([]);
    // The default place, outside CI: the user's cache folder.
    expect(runCli(['scan'], { cwd: repo.dir, env: base }).code).toBe(1);
    expect(caches(join(home, '.cache/aiguard/v8'))).toHaveLength(1);
    const xdg = tempDir();
    expect(runCli(['scan'], { cwd: repo.dir, env: { ...base, XDG_CACHE_HOME: xdg } }).code).toBe(1);
    expect(caches(join(xdg, 'aiguard/v8'))).toHaveLength(1);
  });

  it('costs nothing but time where it cannot be written: a file in its place, a read-only folder', () => {
    const repo = blockedRepo();
    const expected = runCli(['scan'], { cwd: repo.dir, env: cleanEnv({ AIGUARD_CODE_CACHE: '0' }) });
    const blocker = join(tempDir(), 'cache');
    writeFileSync(blocker, 'a file, not a folder\n');
    expect(runCli(['scan'], { cwd: repo.dir, env: cleanEnv({ AIGUARD_CODE_CACHE: blocker }) })).toEqual(expected);
    expect(readFileSync(blocker, 'utf8')).toBe('a file, not a folder\n');
    const readOnly = join(tempDir(), 'cache');
    mkdirSync(readOnly, { mode: 0o500 });
    expect(runCli(['scan'], { cwd: repo.dir, env: cleanEnv({ AIGUARD_CODE_CACHE: readOnly }) })).toEqual(expected);
    if (process.getuid?.() !== 0) expect(readdirSync(readOnly)).toEqual([]);
  });

  it('neither reads nor writes a folder others may write, or that another user owns', () => {
    const { repo, dir, env, expected, file, path } = scannedOnce();
    // A damaged file is replaced wherever it is read: left as it is, it was not read.
    const unread = () => {
      const run = runCli(['scan'], { cwd: repo.dir, env });
      expect([run, readFileSync(path, 'utf8'), caches(dir)]).toEqual([expected, 'planted', [file]]);
    };
    writeFileSync(path, 'planted');
    chmodSync(dir, 0o777);
    unread();
    chmodSync(dir, 0o720);
    unread();
    if (process.getuid?.() === 0) {
      chmodSync(dir, 0o700);
      chownSync(dir, 65534, 65534);
      unread();
      chownSync(dir, 0, 0);
    }
    chmodSync(dir, 0o700);
    expect(runCli(['scan'], { cwd: repo.dir, env })).toEqual(expected);
    expect(readFileSync(path, 'utf8')).not.toBe('planted');
  });

  it("does not follow a link in the cache's place, nor read another user's file there", () => {
    const { repo, env, expected, path } = scannedOnce();
    // A good cache behind a link (what a folder swapped after its check could hold): not taken, so written anew.
    const elsewhere = join(tempDir(), 'good.v8');
    copyFileSync(path, elsewhere);
    rmSync(path);
    symlinkSync(elsewhere, path);
    expect(runCli(['scan'], { cwd: repo.dir, env })).toEqual(expected);
    expect(lstatSync(path).isSymbolicLink()).toBe(false);
    if (process.getuid?.() === 0) {
      chownSync(path, 65534, 65534);
      expect(runCli(['scan'], { cwd: repo.dir, env })).toEqual(expected);
      expect(statSync(path).uid).toBe(0);
    }
  });

  it("makes room in a full folder by removing other builds' oldest files", () => {
    const repo = blockedRepo();
    const dir = join(tempDir(), 'cache');
    mkdirSync(dir);
    // 64 files of other builds, written a minute apart: the newest build's run must still get its cache.
    const names = Array.from({ length: 64 }, (_, index) => `${index.toString(16).padStart(16, '0')}-0000000000000000.v8`);
    names.forEach((name, index) => {
      writeFileSync(join(dir, name), 'x');
      const when = new Date(Date.now() - (64 - index) * 60_000);
      utimesSync(join(dir, name), when, when);
    });
    runCli(['scan'], { cwd: repo.dir, env: cleanEnv({ AIGUARD_CODE_CACHE: dir }) });
    const left = caches(dir);
    expect(left).toHaveLength(64);
    expect(left).not.toContain(names[0]);
    expect(left).toContain(names[1]);
    expect(left.filter((name) => !names.includes(name))).toHaveLength(1);
  });

  it("removes another build's files unused for two weeks, keeps recent ones, and never a file of another name", () => {
    const repo = blockedRepo();
    const dir = join(tempDir(), 'cache');
    mkdirSync(dir);
    const old = join(dir, '0000000000000000-0000000000000000.v8');
    const recent = join(dir, '1111111111111111-0000000000000000.v8');
    // AIGUARD_CODE_CACHE may name a folder that holds other files: only the cache's own names are ever removed.
    const others = ['id_ed25519', 'notes.v8', '0000000000000000-0000000000000000.v8.bak'].map((name) => join(dir, name));
    for (const path of [old, recent, ...others]) writeFileSync(path, 'x');
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    for (const path of [old, ...others]) utimesSync(path, monthAgo, monthAgo);
    runCli(['scan'], { cwd: repo.dir, env: cleanEnv({ AIGUARD_CODE_CACHE: dir }) });
    const names = caches(dir);
    expect(names).toHaveLength(3);
    expect(names).toContain('1111111111111111-0000000000000000.v8');
    expect(names).toContain('notes.v8');
    expect(names).not.toContain('0000000000000000-0000000000000000.v8');
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['id_ed25519', '0000000000000000-0000000000000000.v8.bak']));
  });
});
