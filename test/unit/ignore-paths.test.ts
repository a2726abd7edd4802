import { describe, expect, it } from 'vitest';
import micromatch from 'micromatch';
import { matchLiteralIgnore } from '../../src/policy/ignore-paths.js';
import { defaultPolicy } from '../../src/config/merge-config.js';

const PATTERN_SETS = [
  defaultPolicy().ignore,
  ['build/**'],
  ['**/gen.d/**', 'a/b/**'],
  ['.git/**', '**/.cache/**'],
  ['vendor/**', '*.min.js'],
  ['foo*/**'],
  ['**/node_modules'],
];
const PATHS = [
  'node_modules',
  'node_modules/a',
  'node_modules/.bin/x',
  'a/node_modules',
  'a/node_modules/b',
  'a/b/node_modules/c/d',
  'xnode_modules/a',
  'a/xnode_modules/b',
  'node_modulesx/a',
  'a/node_modulesx',
  'vendor',
  'src/vendor/x.js',
  'vendor.js',
  'third_party/lib/CLAUDE.md',
  'build/out.js',
  'src/build/out.js',
  'a/b/c',
  'a/b',
  'a/bc/d',
  'x/gen.d/y',
  'gen.d',
  'x/gen.dx/y',
  '.git/config',
  'src/.git/x',
  '.cache/x',
  'a/.cache',
  'foo1/x',
  'x.min.js',
  'CLAUDE.md',
  '.claude/settings.json',
  './node_modules/a',
  '/node_modules/a',
  'a//node_modules/b',
  'node_modules/',
  'a\\node_modules\\b',
  'dir with space/node_modules/x',
  'ü/node_modules/x',
  'a\nb/node_modules/c',
  'node_modules/a\n',
  'a b/vendor',
  'a\u2028b/node_modules/c',
  'x/vendor/\u2029',
  'a\u0085/vendor/b',
  '*/node_modules/x',
  '[x]/vendor/y',
  'a/(b)/third_party/c',
];

describe('ignore globs decided without the glob library', () => {
  it('agrees with micromatch wherever it decides', () => {
    for (const patterns of PATTERN_SETS) {
      for (const path of PATHS) {
        const quick = matchLiteralIgnore(patterns, path);
        if (quick !== undefined)
          expect([patterns, path, quick]).toEqual([patterns, path, micromatch.isMatch(path, patterns, { dot: true })]);
      }
    }
  });

  it('decides every plain path under the default policy', () => {
    const ignore = defaultPolicy().ignore;
    expect(matchLiteralIgnore(ignore, 'src/node_modules/x.js')).toBe(true);
    expect(matchLiteralIgnore(ignore, 'vendor/CLAUDE.md')).toBe(true);
    expect(matchLiteralIgnore(ignore, '.claude/settings.json')).toBe(false);
    expect(matchLiteralIgnore(ignore, 'src/vendors/CLAUDE.md')).toBe(false);
  });

  it('leaves other globs and unusual paths to micromatch', () => {
    expect(matchLiteralIgnore(['*.min.js'], 'a.min.js')).toBeUndefined();
    expect(matchLiteralIgnore(['**/node_modules'], 'node_modules')).toBeUndefined();
    expect(matchLiteralIgnore(defaultPolicy().ignore, './node_modules/a')).toBeUndefined();
    expect(matchLiteralIgnore(defaultPolicy().ignore, 'a\\node_modules\\b')).toBeUndefined();
    expect(matchLiteralIgnore(defaultPolicy().ignore, 'a//node_modules/b')).toBeUndefined();
  });
});
