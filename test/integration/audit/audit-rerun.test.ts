// A re-run of aiguard audit decides in its main thread which repositories have anything new (refs, remotes, policy,
// rules) and starts workers for those alone; every other repository keeps what the store holds, as a full run would.
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT, TestRepo, cleanEnv, cleanupTempDirs, runCli, tempDir } from '../../helpers/git-repo.js';
import { queryStore } from './store-reader.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';
const PROFILE = cleanEnv({ AIGUARD_PROFILE: '1' });

function tracedRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.write('README.md', 'hi\n').add().commit('init', { date: '2024-01-10T10:00:00Z' });
  repo.write('CLAUDE.md', '# memory\n').add().commit(`Add notes\n\n${TRAILER}\n`, { date: '2024-03-05T10:00:00Z' });
  return repo;
}

/** Runs the audit with the profile on; returns the exit code and how many repositories went to workers. */
function audit(args: string[], cwd: string, cli?: string) {
  const result = cli
    ? spawnSync(process.execPath, [cli, 'audit', ...args], { cwd, env: PROFILE, encoding: 'utf8' })
    : runCli(['audit', ...args], { cwd, env: PROFILE });
  const code = 'status' in result ? result.status : result.code;
  const scan = /scan \((\d+) of (\d+) repositories, (\d+) workers\)/.exec(result.stderr);
  if (!scan) throw new Error(`no scan phase in the profile: ${result.stderr}`);
  return { code, scanned: Number(scan[1]), of: Number(scan[2]), workers: Number(scan[3]), stdout: result.stdout };
}

/** Everything the store says, but when the run started. */
async function storeContents(file: string) {
  const repositories = await queryStore(file, 'SELECT * FROM repositories ORDER BY repository');
  const findings = await queryStore(file, 'SELECT * FROM findings ORDER BY repository, commit_id, rule_id, path, evidence');
  const tips = await queryStore(file, 'SELECT * FROM tips ORDER BY repository, ref');
  return { repositories: repositories.map(({ scanned_at: _at, ...row }) => row), findings, tips };
}

describe('aiguard audit re-runs', () => {
  it('with nothing new start no worker and leave the store as a full run writes it', async () => {
    const [one, two] = [tracedRepo(), tracedRepo()];
    const work = tempDir();
    const args = [one.dir, two.dir, '--store', 's.sqlite', '--jobs', '2'];
    expect(audit(args, work)).toMatchObject({ code: 1, scanned: 2, of: 2, workers: 2 });
    const first = await storeContents(join(work, 's.sqlite'));
    const again = audit(args, work);
    expect(again).toMatchObject({ code: 1, scanned: 0, of: 2, workers: 0 });
    const rerun = await storeContents(join(work, 's.sqlite'));
    expect(rerun).toEqual({ ...first, repositories: first.repositories.map((row) => ({ ...row, new_commits: 0 })) });
    const rows = await queryStore(join(work, 's.sqlite'), 'SELECT scanned_at FROM repositories');
    expect(new Set(rows.map((row) => row.scanned_at)).size).toBe(1);
    // The same findings and rows as a full run into a new store writes.
    expect(audit([...args.slice(0, 2), '--store', 'full.sqlite', '--full'], work)).toMatchObject({ scanned: 2 });
    const full = await storeContents(join(work, 'full.sqlite'));
    expect(rerun.findings).toEqual(full.findings);
    expect(rerun.tips).toEqual(full.tips);
    expect(rerun.repositories.map((row) => ({ ...row, new_commits: 0, commits_scanned: 0 }))).toEqual(
      full.repositories.map((row) => ({ ...row, new_commits: 0, commits_scanned: 0 })),
    );
    // --full rescans every repository even when nothing changed.
    expect(audit([...args, '--full'], work)).toMatchObject({ scanned: 2, workers: 2 });
  });

  it('rescans the repository with a new commit, and that one alone', async () => {
    const [one, two] = [tracedRepo(), tracedRepo()];
    const work = tempDir();
    const args = [one.dir, two.dir, '--store', 's.sqlite', '--jobs', '4'];
    audit(args, work);
    two.write('AGENTS.md', 'x\n').add().commit(`More\n\n${TRAILER}\n`);
    expect(audit(args, work)).toMatchObject({ scanned: 1, workers: 1 });
    const rows = await queryStore(join(work, 's.sqlite'), 'SELECT repository, new_commits FROM repositories ORDER BY repository');
    expect(rows).toEqual(
      [
        { repository: one.dir, new_commits: 0 },
        { repository: two.dir, new_commits: 1 },
      ].sort((a, b) => (a.repository < b.repository ? -1 : 1)),
    );
    const head = two.git('rev-parse', 'HEAD').trim();
    const trailers = 'SELECT repository FROM findings WHERE commit_id = ? AND rule_id = ?';
    const found = await queryStore(join(work, 's.sqlite'), trailers, [head, 'claude-code/co-author-trailer']);
    expect(found).toEqual([{ repository: two.dir }]);
    expect(audit(args, work)).toMatchObject({ scanned: 0, workers: 0 });
  });

  it('rescans a repository with a new tag, a moved HEAD or a changed remote', async () => {
    const repo = tracedRepo();
    const work = tempDir();
    const args = [repo.dir, '--store', 's.sqlite'];
    audit(args, work);
    repo.git('tag', 'v1', 'HEAD~1');
    expect(audit(args, work)).toMatchObject({ scanned: 1 });
    const tips = await queryStore(join(work, 's.sqlite'), 'SELECT ref FROM tips ORDER BY ref');
    expect(tips.map((row) => row.ref)).toEqual(['refs/heads/main', 'refs/tags/v1']);
    expect(audit(args, work)).toMatchObject({ scanned: 0 });
    repo.git('checkout', '-q', '-b', 'other', 'HEAD~1');
    expect(audit(args, work)).toMatchObject({ scanned: 1 });
    const branch = await queryStore(join(work, 's.sqlite'), 'SELECT default_branch, head FROM repositories');
    expect(branch).toEqual([{ default_branch: 'other', head: repo.git('rev-parse', 'HEAD').trim() }]);
    repo.git('remote', 'add', 'origin', 'https://github.com/example/project.git');
    expect(audit(args, work)).toMatchObject({ scanned: 1 });
    expect(await queryStore(join(work, 's.sqlite'), 'SELECT remote FROM repositories')).toEqual([
      { remote: 'https://github.com/example/project.git' },
    ]);
    expect(audit(args, work)).toMatchObject({ scanned: 0 });
  });

  it('rescans a repository whose last run failed', async () => {
    const repo = tracedRepo();
    const work = tempDir();
    const args = [repo.dir, '--store', 's.sqlite'];
    audit(args, work);
    renameSync(repo.dir, `${repo.dir}.away`);
    expect(audit(args, work)).toMatchObject({ code: 2, scanned: 1 });
    renameSync(`${repo.dir}.away`, repo.dir);
    expect(audit(args, work)).toMatchObject({ code: 1, scanned: 1 });
    expect(await queryStore(join(work, 's.sqlite'), 'SELECT status, new_commits FROM repositories')).toEqual([
      { status: 'ok', new_commits: 0 },
    ]);
    expect(audit(args, work)).toMatchObject({ code: 1, scanned: 0 });
  });

  it("rescans when the organisation's policy changes, and when --content is asked for", async () => {
    const repo = tracedRepo();
    const work = tempDir();
    const policy = join(work, 'org.yml');
    writeFileSync(policy, 'tools:\n  claude-code: block\n');
    const args = [repo.dir, '--store', 's.sqlite', '--config', 'org.yml'];
    expect(audit(args, work)).toMatchObject({ code: 1, scanned: 1 });
    expect(audit(args, work)).toMatchObject({ code: 1, scanned: 0 });
    writeFileSync(policy, 'tools:\n  claude-code: warn\n');
    expect(audit(args, work)).toMatchObject({ code: 0, scanned: 1 });
    expect(await queryStore(join(work, 's.sqlite'), 'SELECT DISTINCT status FROM findings')).toEqual([{ status: 'warning' }]);
    expect(audit(args, work)).toMatchObject({ code: 0, scanned: 0 });
    expect(audit([...args, '--content'], work)).toMatchObject({ scanned: 1 });
    // Without --config the repository's own policy applies again: a different policy, so a rescan.
    expect(audit([repo.dir, '--store', 's.sqlite', '--content'], work)).toMatchObject({ code: 1, scanned: 1 });
  });

  it('rescans every repository under a changed rule set', async () => {
    const repo = tracedRepo();
    const work = tempDir();
    const args = [repo.dir, '--store', 's.sqlite'];
    audit(args, work);
    // The same bundle with one rule's text changed, as an upgrade of aiguard would bring.
    const copy = join(tempDir(), 'aiguard');
    cpSync(join(PROJECT_ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    writeFileSync(join(copy, 'package.json'), '{ "type": "module" }\n');
    const chunks = join(copy, 'dist', 'chunks');
    const rulesChunk = readdirSync(chunks).find((name) => readFileSync(join(chunks, name), 'utf8').includes('function compiledRulesJson'))!;
    const text = readFileSync(join(chunks, rulesChunk), 'utf8');
    const changed = text.replace('"description":"Claude as a co-author', '"description":"Claude named as a co-author');
    expect(changed).not.toBe(text);
    writeFileSync(join(chunks, rulesChunk), changed);
    const upgraded = audit(args, work, join(copy, 'dist', 'cli.js'));
    expect(upgraded).toMatchObject({ code: 1, scanned: 1 });
    expect(await queryStore(join(work, 's.sqlite'), 'SELECT new_commits FROM repositories')).toEqual([{ new_commits: 2 }]);
    expect(audit(args, work, join(copy, 'dist', 'cli.js'))).toMatchObject({ scanned: 0 });
    expect(audit(args, work)).toMatchObject({ scanned: 1 });
  });
});

describe('aiguard audit merge keeps what a re-run compares', () => {
  it('a re-run on a merged store with nothing new starts no worker', () => {
    const [one, two] = [tracedRepo(), tracedRepo()];
    const work = tempDir();
    for (const shard of ['1/2', '2/2']) audit([one.dir, two.dir, '--shard', shard, '--store', `s${shard[0]}.sqlite`], work);
    expect(runCli(['audit', 'merge', 's1.sqlite', 's2.sqlite', '--store', 'm.sqlite'], { cwd: work }).code).toBe(1);
    expect(audit([one.dir, two.dir, '--store', 'm.sqlite'], work)).toMatchObject({ code: 1, scanned: 0, of: 2 });
  });
});
