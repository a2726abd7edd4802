// The audit reads what scan --all reads beyond commits: annotated tags (message and tagger), notes and replace
// refs, stored as `refs` findings, replaced on every scan of the repository so that a re-run never counts one twice.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCli, runJson, tempDir } from '../../helpers/git-repo.js';
import { queryStore } from './store-reader.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const CLAUDE = { GIT_COMMITTER_NAME: 'Claude', GIT_COMMITTER_EMAIL: 'noreply@anthropic.com' };

function repoWithTraces(): TestRepo {
  const repo = TestRepo.init();
  repo.write('README.md', 'hello\n').add().commit('Initial commit');
  repo.git('tag', '-a', 'v1.0', '-m', `Release 1.0\n\n${TRAILER}\n`);
  repo.git('notes', 'add', '-m', `Reviewed\n\n${TRAILER}\n`, 'HEAD');
  return repo;
}

const refsRows = (store: string) =>
  queryStore(store, "SELECT rule_id, summary FROM findings WHERE source = 'refs' ORDER BY summary, rule_id");

describe('aiguard audit: tags and notes', () => {
  it('stores the findings of tags and notes as scan --all reports them, and a re-run counts each once', async () => {
    const repo = repoWithTraces();
    const store = join(tempDir(), 'a.sqlite');
    expect(runCli(['audit', repo.dir, '--store', store], { cwd: repo.dir }).code).toBe(1);
    const head = repo.git('rev-parse', 'HEAD').slice(0, 12);
    expect(await refsRows(store)).toEqual([
      { rule_id: 'claude-code/co-author-trailer', summary: `note (commits) on ${head}` },
      { rule_id: 'claude-code/co-author-trailer', summary: 'tag v1.0' },
    ]);
    const scan = runJson(['scan', '--all'], { cwd: repo.dir }).report.findings;
    expect(await queryStore(store, 'SELECT COUNT(*) AS count FROM findings')).toEqual([{ count: scan.length }]);

    // A new traced tag: the re-run scans the repository again and holds every tag's finding once.
    new TestRepo(repo.dir, { ...repo.env, ...CLAUDE }).git('tag', '-a', 'v1.1', '-m', `Release 1.1\n\n${TRAILER}\n`);
    expect(runCli(['audit', repo.dir, '--store', store], { cwd: repo.dir }).code).toBe(1);
    expect((await refsRows(store)).map((row) => `${row.summary} ${row.rule_id}`)).toEqual([
      `note (commits) on ${head} claude-code/co-author-trailer`,
      'tag v1.0 claude-code/co-author-trailer',
      'tag v1.1 claude-code/co-author-trailer',
      'tagger of tag v1.1 claude-code/anthropic-identity',
    ]);
    const rescanned = runJson(['scan', '--all'], { cwd: repo.dir }).report.findings;
    expect(await queryStore(store, 'SELECT COUNT(*) AS count FROM findings')).toEqual([{ count: rescanned.length }]);
  });

  it('a re-run after nothing but a new note (or a replace ref) scans the repository again', async () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    const store = join(tempDir(), 'a.sqlite');
    expect(runCli(['audit', repo.dir, '--store', store], { cwd: repo.dir }).code).toBe(0);
    // The main thread skips a repository whose refs are as last time: a note moves refs/notes/commits alone.
    repo.git('notes', 'add', '-m', `Reviewed\n\n${TRAILER}\n`, 'HEAD');
    expect(runCli(['audit', repo.dir, '--store', store], { cwd: repo.dir }).code).toBe(1);
    expect((await refsRows(store)).map((row) => row.rule_id)).toEqual(['claude-code/co-author-trailer']);
    // A replace ref alone, on a commit that is there already: the second commit grafted onto no parent.
    repo.write('b.txt', 'b\n').add().commit('Second');
    expect(runCli(['audit', repo.dir, '--store', store], { cwd: repo.dir }).code).toBe(1);
    repo.git('replace', '--graft', repo.git('rev-parse', 'HEAD').trim());
    expect(runCli(['audit', repo.dir, '--store', store], { cwd: repo.dir }).code).toBe(1);
    expect((await refsRows(store)).map((row) => row.rule_id).sort()).toEqual(['aiguard/replace-ref', 'claude-code/co-author-trailer']);
  });

  it('the clean twin: a clean tag and note store nothing, and the audit passes', async () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    repo.git('tag', '-a', 'v1.0', '-m', 'Release 1.0');
    repo.git('notes', 'add', '-m', 'Reviewed by a person', 'HEAD');
    const store = join(tempDir(), 'a.sqlite');
    expect(runCli(['audit', repo.dir, '--store', store], { cwd: repo.dir }).code).toBe(0);
    expect(await refsRows(store)).toEqual([]);
  });
});
