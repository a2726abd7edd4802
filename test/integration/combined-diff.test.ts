// git's --cc output of real merges, turned into the -U0 form added-lines reads: only lines no parent has survive.
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs } from '../helpers/git-repo.js';
import { combinedToUnified } from '../../src/git/combined-diff.js';
import { addedLines } from '../../src/git/added-lines.js';

afterAll(cleanupTempDirs);

type Added = { path: string; line: number; text: string };
const ownLines = (patch: string): string[] =>
  [...addedLines(combinedToUnified(patch))].map((line: Added) => `${line.path}:${line.line} ${line.text}`);

function ccPatch(repo: TestRepo): string {
  return repo.git('show', '--cc', '-U0', '--format=', '--src-prefix=a/', '--dst-prefix=b/', 'HEAD');
}

describe('combinedToUnified', () => {
  it('keeps a merge’s own lines with their result line numbers and drops what a parent brought', () => {
    const repo = TestRepo.init();
    repo.write('f.txt', 'a\nb\nc\nd\n').add().commit('base');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('f.txt', 'a\nSIDE\nc\nd\n').add().commit('side');
    repo.git('checkout', '-q', 'main');
    repo.write('f.txt', 'a\nb\nc\nMAIN\n').add().commit('main');
    repo.git('merge', '-q', '--no-commit', 'side');
    repo.write('f.txt', 'a\nSIDE\nown line\nc\nMAIN\nlast own\n').write('new.md', 'x\ny\n').add().commit('merge');
    const patch = ccPatch(repo);
    expect(patch).toContain('@@@');
    const lines = ownLines(patch);
    expect(lines).toEqual(['f.txt:3 own line', 'f.txt:6 last own', 'new.md:1 x', 'new.md:2 y']);
  });

  it('an octopus merge: three parents, three columns', () => {
    const repo = TestRepo.init();
    repo.write('a.txt', 'a\n').add().commit('base');
    for (const branch of ['x', 'y', 'z']) {
      repo.git('checkout', '-q', '-b', branch, 'main');
      repo.write(`${branch}.txt`, `${branch}\n`).add().commit(branch);
    }
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'x', 'y', 'z');
    repo.write('a.txt', 'a\nown\n').add().commit('octopus');
    expect(repo.git('rev-list', '--parents', '-1', 'HEAD').trim().split(' ')).toHaveLength(5);
    const lines = ownLines(ccPatch(repo));
    expect(lines).toEqual(['a.txt:2 own']);
  });

  it('a clean merge gives nothing', () => {
    const repo = TestRepo.init();
    repo.write('f.txt', 'a\n').add().commit('base');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('g.txt', 'g\n').add().commit('side');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'side');
    expect([...addedLines(combinedToUnified(ccPatch(repo)))]).toEqual([]);
  });
});
