// A baseline grandfathers the traced tags and notes a repository already has (scan --all reads them), tied to the
// object each was read from: a new tag, a re-made tag or the same note on another commit is new, and blocks.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const CLAUDE = { GIT_COMMITTER_NAME: 'Claude', GIT_COMMITTER_EMAIL: 'noreply@anthropic.com' };

type Finding = { ruleId: string; field?: string; status: string; object?: string };
const statuses = (repo: TestRepo) =>
  (runJson(['scan', '--all'], { cwd: repo.dir }).report.findings as Finding[])
    .map((finding) => `${finding.field} ${finding.ruleId} ${finding.status}`)
    .sort();

let adopted: TestRepo | undefined;

/** A history with a traced tag (message and Claude as tagger) and a traced note, baselined once; a copy each test. */
function baselined(): TestRepo {
  if (!adopted) {
    adopted = TestRepo.init();
    adopted.write('README.md', 'hello\n').add().commit('Initial commit');
    adopted.git('tag', '-a', 'v1.0', '-m', `Release 1.0\n\n${TRAILER}\n`);
    new TestRepo(adopted.dir, { ...adopted.env, ...CLAUDE }).git('tag', '-a', 'v1.1', '-m', 'Release 1.1');
    adopted.git('notes', 'add', '-m', `Reviewed\n\n${TRAILER}\n`, 'HEAD');
    expect(runCli(['baseline'], { cwd: adopted.dir }).code).toBe(0);
  }
  return adopted.copy();
}

describe('a baseline of tags and notes', () => {
  it('records the traced tag, its tagger and the note; scan --all then passes', () => {
    const repo = baselined();
    const entries = JSON.parse(readFileSync(join(repo.dir, '.aiguard-baseline.json'), 'utf8')).entries as { object?: string }[];
    expect(entries.filter((entry) => entry.object)).toHaveLength(3);
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).code).toBe(0);
    expect(statuses(repo)).toEqual([
      'note (commits) on ' + repo.git('rev-parse', 'HEAD').slice(0, 12) + ' claude-code/co-author-trailer baselined',
      'tag v1.0 claude-code/co-author-trailer baselined',
      'tagger of tag v1.1 claude-code/anthropic-identity baselined',
    ]);
  });

  it('a new tag with the same message and tagger is not covered', () => {
    const repo = baselined();
    repo.git('tag', '-a', 'v2.0', '-m', `Release 2.0\n\n${TRAILER}\n`);
    new TestRepo(repo.dir, { ...repo.env, ...CLAUDE }).git('tag', '-a', 'v2.1', '-m', 'Release 1.1');
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).code).toBe(1);
    expect(statuses(repo)).toEqual(expect.arrayContaining(['tag v2.0 claude-code/co-author-trailer blocking']));
    expect(statuses(repo)).toEqual(expect.arrayContaining(['tagger of tag v2.1 claude-code/anthropic-identity blocking']));
  });

  it('a tag re-made under its old name (git tag -f, same message) is a new object, and blocks', () => {
    const repo = baselined();
    repo.git('tag', '-f', '-a', 'v1.0', '-m', `Release 1.0\n\n${TRAILER}\n`, '--', 'HEAD');
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).code).toBe(1);
    expect(statuses(repo)).toContain('tag v1.0 claude-code/co-author-trailer blocking');
  });

  it('the same note text on a new commit is not covered', () => {
    const repo = baselined();
    repo.write('b.txt', 'b\n').add().commit('Second');
    repo.git('notes', 'add', '-m', `Reviewed\n\n${TRAILER}\n`, 'HEAD');
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).code).toBe(1);
    const head = repo.git('rev-parse', 'HEAD').slice(0, 12);
    expect(statuses(repo)).toContain(`note (commits) on ${head} claude-code/co-author-trailer blocking`);
  });

  it('the clean twin records nothing and passes', () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    repo.git('tag', '-a', 'v1.0', '-m', 'Release 1.0');
    repo.git('notes', 'add', '-m', 'Reviewed by a person', 'HEAD');
    expect(runCli(['baseline'], { cwd: repo.dir }).stdout).toContain('0 entries');
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).code).toBe(0);
  });

  it('an object entry without evidence is refused with exit 2 and one line', () => {
    // A baseline is read when there is something to judge: a traced file.
    const repo = TestRepo.init();
    repo.write('CLAUDE.md', 'x\n').add().commit('Initial commit');
    const entries = [{ rule: 'claude-code/co-author-trailer', object: 'c24236117c167b5c3b6dd437151eab3360fef971' }];
    writeFileSync(join(repo.dir, '.aiguard-baseline.json'), JSON.stringify({ version: 2, entries }));
    const result = runCli(['scan', '--all'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguard-baseline.json: entries[0]: an object entry needs evidence\n');
  });
});
