// One cat-file --batch process answers many requests in order, whatever their size, and says when one is missing.
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('BlobBatch', () => {
  it('reads commit, index and missing blobs through one process', async () => {
    const { BlobBatch } = await import('../../src/git/blob-batch.js');
    const repo = TestRepo.init();
    const big = 'x'.repeat(300_000) + '\nend\n';
    const first = repo.write('a b/settings.json', '{"v": 1}').write('big.txt', big).add().commit('one');
    repo.write('a b/settings.json', '{"v": 2}').add();
    const batch = new BlobBatch(repo.dir);
    const [old, staged, large, missing, tree, again] = await Promise.all([
      batch.read(`${first}:a b/settings.json`),
      batch.read(':a b/settings.json'),
      batch.read('HEAD:big.txt'),
      batch.read('HEAD:nope.json'),
      batch.read('HEAD:a b'),
      batch.read(`${first}:a b/settings.json`),
    ]);
    batch.close();
    expect(old?.toString()).toBe('{"v": 1}');
    expect(staged?.toString()).toBe('{"v": 2}');
    expect(large?.toString()).toBe(big);
    expect(missing).toBeUndefined();
    expect(tree).toBeUndefined(); // a tree is not a blob
    expect(again?.toString()).toBe('{"v": 1}');
    expect(await new BlobBatch(repo.dir).read('HEAD:a\nb')).toBeUndefined();
  });
});
