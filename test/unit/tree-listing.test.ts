// treeFilesOf on `git ls-files -z -v --cached --stage --others --exclude-standard --full-name`, captured from real git
// (test/unit/fixtures/README.md): the search of the whole listing for the keys reads what the entry-by-entry loop reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { treeFilesOf, type TreeListing } from '../../src/git/tree-listing.js';
import type { PathKeys } from '../../src/types.js';

const captured = readFileSync(new URL('fixtures/ls-files-v.bin', import.meta.url), 'utf8');
const ISTANBUL = '? \u0130stanbul.md\0';

const KEYS: PathKeys = { exact: ['claude.md', '.claude', 'rules.md'], prefixes: ['.cur'] };

/** What the pipeline's pathWanted answers for KEYS: a segment equal to a key, or starting with a prefix. */
function wanted(path: string): boolean {
  return path
    .toLowerCase()
    .split('/')
    .some((segment) => KEYS.exact.includes(segment) || KEYS.prefixes.some((prefix) => segment.startsWith(prefix)));
}

const listing = (text: string): TreeListing => ({ bare: false, text });

describe('treeFilesOf on a work tree listing', () => {
  it('keeps the wanted paths, tracked first, and lists the files only on disk', () => {
    const { files, onDisk } = treeFilesOf(listing(captured), wanted, KEYS);
    expect(files.map((file) => [file.path, file.blob !== undefined])).toEqual([
      ['.claude/settings.json', true],
      ['CLAUDE.md', true],
      ['.cursor/rules.md', false],
    ]);
    // Untracked (not the nested repository), assume-unchanged (h) and skip-worktree (S); a conflict is read from disk.
    expect(onDisk).toEqual({
      untracked: ['.cursor/rules.md', 'untracked/plain.md', '\u0130stanbul.md'],
      unchanged: ['after-claude.md', 'docs/skip.md'],
    });
  });

  it('the search finds what the loop finds, with the length-changing İ (the loop) and without it (the search)', () => {
    for (const text of [captured, captured.replace(ISTANBUL, '')]) {
      expect(text.length < captured.length || text.includes(ISTANBUL)).toBe(true);
      expect(treeFilesOf(listing(text), wanted, KEYS)).toEqual(treeFilesOf(listing(text), wanted));
    }
  });

  it('an entry tagged right after a matched one is still read (the search resumes at its NUL)', () => {
    const text = captured.replace(ISTANBUL, '');
    // after-claude.md (assume-unchanged) follows CLAUDE.md; untracked/plain.md follows the nested repository.
    expect(text.indexOf('CLAUDE.md\0h ')).toBeGreaterThan(0);
    const onDisk = { untracked: ['.cursor/rules.md', 'untracked/plain.md'], unchanged: ['after-claude.md', 'docs/skip.md'] };
    expect(treeFilesOf(listing(text), () => false, KEYS).onDisk).toEqual(onDisk);
  });

  it('without keys every entry is read: a conflicted file once, names with a tab or a newline whole', () => {
    const paths = treeFilesOf(listing(captured), () => true).files.map((file) => file.path);
    expect(paths).toHaveLength(12);
    expect(paths.filter((path) => path === 'conflict.md')).toHaveLength(1);
    expect(paths).toEqual(expect.arrayContaining(['tab\there.md', 'new\nline.md', 'nested/']));
  });
});
