// Where the code cache lives and what its files are named after (src/boot/code-cache.ts).
import { describe, expect, it } from 'vitest';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { codeCacheDir, codeCacheName } from '../../src/boot/code-cache.js';

describe('codeCacheDir', () => {
  it("is the user's cache folder, XDG_CACHE_HOME when it is an absolute path", () => {
    expect(codeCacheDir({}, ['scan'])).toBe(join(homedir(), '.cache/aiguard/v8'));
    expect(codeCacheDir({ XDG_CACHE_HOME: '/var/cache/me' }, ['scan'])).toBe('/var/cache/me/aiguard/v8');
    expect(codeCacheDir({ XDG_CACHE_HOME: 'relative/cache' }, ['scan'])).toBe(join(homedir(), '.cache/aiguard/v8'));
  });

  it('is off with AIGUARD_CODE_CACHE=0, in CI and for `aiguard ci`; AIGUARD_CODE_CACHE names a folder', () => {
    for (const off of ['0', 'false', 'OFF', 'no']) expect(codeCacheDir({ AIGUARD_CODE_CACHE: off }, ['scan'])).toBeUndefined();
    expect(codeCacheDir({ CI: 'true' }, ['scan'])).toBeUndefined();
    expect(codeCacheDir({ CI: '1' }, ['hook', 'pre-commit'])).toBeUndefined();
    expect(codeCacheDir({}, ['ci', '--format', 'sarif'])).toBeUndefined();
    expect(codeCacheDir({ CI: 'false' }, ['scan'])).toBe(join(homedir(), '.cache/aiguard/v8'));
    expect(codeCacheDir({ AIGUARD_CODE_CACHE: '/tmp/x', CI: 'true' }, ['scan'])).toBe('/tmp/x');
    // A relative folder would move with the folder a hook runs in: the default instead.
    expect(codeCacheDir({ AIGUARD_CODE_CACHE: 'cache' }, ['scan'])).toBe(join(homedir(), '.cache/aiguard/v8'));
  });
});

describe('codeCacheName', () => {
  it('starts with the build and differs by command, by hook, and by node flags', () => {
    const scan = codeCacheName('0123456789abcdef', ['scan'], {});
    expect(scan).toMatch(/^0123456789abcdef-[0-9a-f]{16}\.v8$/);
    expect(codeCacheName('0123456789abcdef', ['scan', '--staged'], {})).toBe(scan);
    const hook = (name: string) => codeCacheName('0123456789abcdef', ['hook', name], {});
    expect(hook('pre-commit')).not.toBe(hook('pre-push'));
    expect(codeCacheName('0123456789abcdef', ['scan'], { NODE_OPTIONS: '--max-old-space-size=200' })).not.toBe(scan);
    expect(codeCacheName('fedcba9876543210', ['scan'], {})).toMatch(/^fedcba9876543210-/);
  });

  it('takes only plain words from the command line: no path or option makes a name of its own', () => {
    const scan = codeCacheName('0123456789abcdef', ['scan'], {});
    expect(codeCacheName('0123456789abcdef', ['scan', '../../etc/passwd'], {})).toBe(scan);
    expect(codeCacheName('0123456789abcdef', ['scan', '--all', 'x'], {})).toBe(scan);
    expect(codeCacheName('0123456789abcdef', ['/', 'scan'], {})).toBe(codeCacheName('0123456789abcdef', [], {}));
  });
});
