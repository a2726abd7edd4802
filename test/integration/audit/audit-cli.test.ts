// aiguard audit over real repositories (work trees, bare, file:// URLs) into a real SQLite file.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, runCli, runCliAsync, cleanupTempDirs, tempDir } from '../../helpers/git-repo.js';
import { queryStore } from './store-reader.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';

let traced: TestRepo | undefined;
let clean: TestRepo | undefined;

/** Three dated commits, one with the trailer, CLAUDE.md in the tree: built once, each use gets its own copy. */
function tracedRepo(): TestRepo {
  traced ??= buildTracedRepo();
  return traced.copy();
}

function buildTracedRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.write('README.md', 'hi\n').add().commit('init', { date: '2024-01-10T10:00:00Z' });
  repo.write('CLAUDE.md', '# memory\n').add().commit(`Add notes\n\n${TRAILER}\n`, { date: '2024-03-05T10:00:00Z' });
  repo.write('src/a.ts', 'export {};\n').add().commit('Plain work', { date: '2024-04-01T10:00:00Z' });
  return repo;
}

function cleanRepo(): TestRepo {
  clean ??= buildCleanRepo();
  return clean.copy();
}

function buildCleanRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.write('src/index.ts', 'export {};\n').add().commit('init');
  // A blobless clone over file:// needs the server side to accept filters, as forges do.
  repo.git('config', 'uploadpack.allowFilter', 'true');
  return repo;
}

function audit(args: string[], cwd: string) {
  return runCli(['audit', ...args], { cwd });
}

type Row = Record<string, unknown>;
const historyKey = (row: Row) => `${row.rule_id}|${row.commit_id}|${row.path ?? ''}|${row.evidence}|${row.status}`;

describe('aiguard audit', () => {
  it('fills the store from work trees, bare repositories and URLs, agreeing with scan --all per repository', async () => {
    const traced = tracedRepo();
    const bare = tempDir();
    traced.git('clone', '-q', '--bare', traced.dir, join(bare, 'traced.git'));
    const clean = cleanRepo();
    const work = tempDir();
    const list = join(work, 'repos.txt');
    const lines = ['# all of them', traced.dir, `${join(bare, 'traced.git')}   # a server copy`, '', `file://${clean.dir}`];
    writeFileSync(list, `${lines.join('\n')}\n`);
    const result = audit(['--repos', list, '--store', 'audit.sqlite', '--jobs', '2'], work);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('3 repositories, 2 with AI tool traces');
    const store = join(work, 'audit.sqlite');
    const repositories = await queryStore(store, 'SELECT repository, status, head, new_commits FROM repositories ORDER BY repository');
    expect(repositories.map((row) => [row.status, row.new_commits])).toEqual([
      ['ok', 3],
      ['ok', 3],
      ['ok', 1],
    ]);
    expect(existsSync(join(work, 'aiguard-audit-cache'))).toBe(true);
    const dirs = [traced.dir, join(bare, 'traced.git')];
    const scanOf = (dir: string) => runCliAsync(['scan', '--all', '--no-content', '--format', 'json', dir], { cwd: work });
    const scans = await Promise.all(dirs.map(scanOf));
    for (const [index, dir] of dirs.entries()) {
      const scan = scans[index]!;
      const expected = (JSON.parse(scan.stdout).findings as Row[]).map((finding) =>
        historyKey({ ...finding, rule_id: finding.ruleId, commit_id: finding.commit }),
      );
      const stored = await queryStore(store, "SELECT * FROM findings WHERE repository = ? AND source = 'history'", [dir]);
      expect(stored.map(historyKey).sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(0);
      const tree = await queryStore(store, "SELECT rule_id, path FROM findings WHERE repository = ? AND source = 'tree'", [dir]);
      expect(tree).toEqual([{ rule_id: 'claude-code/claude-md', path: 'CLAUDE.md' }]);
    }
    const trailerSql = 'SELECT author, committed_at FROM findings WHERE rule_id = ?';
    const trailer = await queryStore(store, trailerSql, ['claude-code/co-author-trailer']);
    expect(trailer[0]).toMatchObject({ author: 'Test Person <test.person@example.org>', committed_at: '2024-03-05T10:00:00Z' });
    expect(await queryStore(store, 'SELECT COUNT(*) AS n FROM findings WHERE repository = ?', [`file://${clean.dir}`])).toEqual([{ n: 0 }]);
  });

  it('with --content reads added lines too, as scan --all does', async () => {
    const repo = tracedRepo();
    repo.write('docs/report.md', 'Summary\n\n*Generated with [Claude Code](https://claude.ai/code)*\n').add().commit('Docs');
    const work = tempDir();
    expect(audit([repo.dir, '--store', 's.sqlite', '--content'], work).code).toBe(1);
    const scan = runCli(['scan', '--all', '--format', 'json', repo.dir], { cwd: work });
    const scanned = JSON.parse(scan.stdout).findings as Row[];
    const expected = scanned.map((finding) => historyKey({ ...finding, rule_id: finding.ruleId, commit_id: finding.commit }));
    const stored = await queryStore(join(work, 's.sqlite'), "SELECT * FROM findings WHERE source = 'history'");
    expect(stored.map(historyKey).sort()).toEqual(expected.sort());
    expect(stored.some((row) => row.kind === 'content')).toBe(true);
    const treeSql = "SELECT rule_id, path, line FROM findings WHERE source = 'tree' AND kind = 'content'";
    const tree = await queryStore(join(work, 's.sqlite'), treeSql);
    expect(tree).toEqual([{ rule_id: 'claude-code/generated-marker-in-file', path: 'docs/report.md', line: 3 }]);
  });

  it("records a repository outside the policy's scope as out-of-scope, with the reason", async () => {
    const repo = tracedRepo();
    repo.git('remote', 'add', 'origin', 'https://github.com/someone-else/tool.git');
    const work = tempDir();
    writeFileSync(join(work, 'org.json'), JSON.stringify({ scope: { remotes: ['github.com/acme-in/*'] } }));
    const result = audit([repo.dir, '--store', 's.sqlite', '--config', 'org.json'], work);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('OUT-OF-SCOPE: this repository is not covered');
    const rows = await queryStore(join(work, 's.sqlite'), 'SELECT status, error FROM repositories');
    expect(rows[0]).toMatchObject({ status: 'out-of-scope' });
    expect(await queryStore(join(work, 's.sqlite'), 'SELECT COUNT(*) AS n FROM findings')).toEqual([{ n: 0 }]);
  });

  it('records a repository it cannot read as failed, goes on, and exits 2 after the report', async () => {
    const traced = tracedRepo();
    const work = tempDir();
    const missing = join(work, 'no-such-repo');
    const result = audit([traced.dir, missing, `file://${join(work, 'gone.git')}`, '--store', 's.sqlite'], work);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('FAILED');
    expect(result.stderr).toContain(`aiguard audit: ${missing}: failed: not a git repository`);
    const rows = await queryStore(join(work, 's.sqlite'), 'SELECT repository, status, error FROM repositories');
    const byName = new Map(rows.map((row) => [row.repository, row]));
    expect(byName.get(traced.dir)).toMatchObject({ status: 'ok', error: null });
    expect(byName.get(missing)).toMatchObject({ status: 'failed' });
    expect(String(byName.get(`file://${join(work, 'gone.git')}`)?.error)).toMatch(/does not appear to be a git repository/);
  });

  it('a store it cannot open is an error of one line (exit 2), left as it was, with no worker left running', () => {
    // A first run and --full start their workers while the store opens: a failed open must end them, not hang.
    const work = tempDir();
    writeFileSync(join(work, 'bad.sqlite'), 'not a database\n');
    for (const extra of [['--full'], []]) {
      const result = audit([tracedRepo().dir, '--store', 'bad.sqlite', '--jobs', '2', ...extra], work);
      expect([result.code, result.stderr]).toEqual([
        2,
        `aiguard: ${join(work, 'bad.sqlite')}: not an aiguard audit store (file is not a database)\n`,
      ]);
      expect(readFileSync(join(work, 'bad.sqlite'), 'utf8')).toBe('not a database\n');
    }
  });

  it('exits 0 when nothing blocks', () => {
    const work = tempDir();
    expect(audit([`file://${cleanRepo().dir}`, '--store', 's.sqlite'], work).code).toBe(0);
  });

  it('re-runs incrementally: nothing new reads no commit, a new commit is read alone, --full reads all again', async () => {
    const traced = tracedRepo();
    const mirrored = tracedRepo();
    mirrored.git('config', 'uploadpack.allowFilter', 'true');
    const url = `file://${mirrored.dir}`;
    const work = tempDir();
    const store = join(work, 's.sqlite');
    const run = (...extra: string[]) => audit([traced.dir, url, '--store', 's.sqlite', ...extra], work);
    const counts = () => queryStore(store, 'SELECT new_commits, commits_scanned FROM repositories ORDER BY repository');
    const findings = async () => (await queryStore(store, 'SELECT COUNT(*) AS n FROM findings'))[0]!.n;
    expect(run().code).toBe(1);
    const first = await findings();
    expect(run().code).toBe(1);
    expect(await counts()).toEqual([
      { new_commits: 0, commits_scanned: 3 },
      { new_commits: 0, commits_scanned: 3 },
    ]);
    expect(await findings()).toBe(first);
    traced.write('AGENTS.md', 'x\n').add().commit(`More\n\n${TRAILER}\n`);
    mirrored.git('checkout', '-q', '-b', 'feature');
    mirrored.write('notes.txt', 'x\n').add().commit(`On a branch\n\n${TRAILER}\n`);
    expect(run().code).toBe(1);
    expect(await counts()).toEqual([
      { new_commits: 1, commits_scanned: 4 },
      { new_commits: 1, commits_scanned: 4 },
    ]);
    const trailerSql = 'SELECT repository FROM findings WHERE rule_id = ? ORDER BY repository';
    const trailers = await queryStore(store, trailerSql, ['claude-code/co-author-trailer']);
    expect(trailers.map((row) => row.repository)).toEqual([traced.dir, traced.dir, url, url]);
    const afterNew = await findings();
    expect(run('--full').code).toBe(1);
    expect(await counts()).toEqual([
      { new_commits: 4, commits_scanned: 4 },
      { new_commits: 4, commits_scanned: 4 },
    ]);
    expect(await findings()).toBe(afterNew);
  });

  it('rescans a repository whose policy changed, and reads the policy from its default branch', async () => {
    const repo = tracedRepo();
    const work = tempDir();
    const store = join(work, 's.sqlite');
    expect(audit([repo.dir, '--store', 's.sqlite'], work).code).toBe(1);
    repo
      .write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'warn' } }))
      .add()
      .commit('Adopt a policy');
    expect(audit([repo.dir, '--store', 's.sqlite'], work).code).toBe(0);
    const rows = await queryStore(store, 'SELECT new_commits, policy FROM repositories');
    expect(rows[0]!.new_commits).toBe(4);
    expect(String(rows[0]!.policy)).toMatch(/:\.aiguardrc\.json$/);
    const statuses = await queryStore(store, 'SELECT DISTINCT status FROM findings');
    expect(statuses).toEqual([{ status: 'warning' }]);
    // The organisation's --config wins over the repository's own.
    const orgPolicy = join(work, 'org.yml');
    writeFileSync(orgPolicy, 'tools:\n  claude-code: block\n');
    expect(audit([repo.dir, '--store', 's.sqlite', '--config', orgPolicy], work).code).toBe(1);
  });

  it("never runs a repository's JavaScript config: the repository fails with the reason", async () => {
    const repo = TestRepo.init();
    const marker = join(tempDir(), 'ran');
    repo.write('aiguard.config.js', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = {};\n`);
    repo.add().commit('config');
    const work = tempDir();
    const result = audit([repo.dir, '--store', 's.sqlite'], work);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a JavaScript config is not loaded');
    expect(existsSync(marker)).toBe(false);
  });

  it('shards a sorted list and merges the shard stores into what one run writes', async () => {
    const repos = [tracedRepo(), cleanRepo(), tracedRepo(), cleanRepo(), tracedRepo()];
    const work = tempDir();
    const list = join(work, 'repos.txt');
    writeFileSync(list, repos.map((repo) => repo.dir).join('\n'));
    // Three stores of local repositories (no mirror cache): the runs go side by side.
    const [all, shard1, shard2] = await Promise.all([
      runCliAsync(['audit', '--repos', list, '--store', 'all.sqlite'], { cwd: work }),
      runCliAsync(['audit', '--repos', list, '--store', 'one.sqlite', '--shard', '1/2'], { cwd: work }),
      runCliAsync(['audit', '--repos', list, '--store', 'two.sqlite', '--shard', '2/2'], { cwd: work }),
    ]);
    expect(all.code).toBe(1);
    // Every second repository of the sorted list: a shard exits 1 when one of its repositories carries traces.
    const sorted = repos.map((repo, index) => ({ dir: repo.dir, traced: index % 2 === 0 })).sort((a, b) => (a.dir < b.dir ? -1 : 1));
    const expectedCode = (shard: number) => (sorted.some((repo, index) => index % 2 === shard && repo.traced) ? 1 : 0);
    expect([shard1.code, shard2.code]).toEqual([expectedCode(0), expectedCode(1)]);
    const names = async (file: string) =>
      (await queryStore(join(work, file), 'SELECT repository FROM repositories ORDER BY repository')).map((row) => row.repository);
    const [one, two] = [await names('one.sqlite'), await names('two.sqlite')];
    expect(one.length + two.length).toBe(5);
    expect(one.filter((name) => two.includes(name))).toEqual([]);
    const merged = runCli(['audit', 'merge', 'one.sqlite', 'two.sqlite', '--store', 'merged.sqlite', '--html', 'report.html'], {
      cwd: work,
    });
    expect(merged.code).toBe(1);
    const columns = 'repository, head, status, new_commits, commits_scanned, engine';
    const findings =
      'SELECT repository, source, rule_id, status, commit_id, path, evidence, fingerprint FROM findings ORDER BY 1, 2, 3, 5, 6';
    expect(await queryStore(join(work, 'merged.sqlite'), `SELECT ${columns} FROM repositories ORDER BY repository`)).toEqual(
      await queryStore(join(work, 'all.sqlite'), `SELECT ${columns} FROM repositories ORDER BY repository`),
    );
    expect(await queryStore(join(work, 'merged.sqlite'), findings)).toEqual(await queryStore(join(work, 'all.sqlite'), findings));
    expect(readFileSync(join(work, 'report.html'), 'utf8')).toContain('<table id="repositories"');
  });

  it('writes json and csv reports', () => {
    const repo = tracedRepo();
    const work = tempDir();
    const json = audit([repo.dir, '--store', 's.sqlite', '--format', 'json'], work);
    const report = JSON.parse(json.stdout);
    expect(report.totals).toMatchObject({ repositories: 1, withTraces: 1 });
    expect(report.repositories[0]).toMatchObject({ repository: repo.dir, firstTrace: '2024-03-05T10:00:00Z', tools: ['claude-code'] });
    const csv = audit([repo.dir, '--store', 's.sqlite', '--format', 'csv', '--output', 'f.csv'], work);
    expect(csv.code).toBe(1);
    const lines = readFileSync(join(work, 'f.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^repository,source,rule_id,tool,kind,severity,status,commit_id/);
    expect(lines.length).toBe(1 + report.findings.length);
  });

  it.concurrent.each([
    [['--shard', '3/2', '.'], '--shard 3/2: expected I/N'],
    [['--jobs', '0', '.'], '--jobs 0: expected a whole number'],
    [[], 'no repositories'],
    [['--config', 'missing.json', '.'], 'missing.json'],
    [['--format', 'xml', '.'], '--format: unknown value xml'],
    [['--repos', 'nope.txt'], '--repos nope.txt: cannot read it'],
    [['merge', 'a.sqlite'], '--store FILE is required'],
    [['merge', 'missing.sqlite', '--store', 'm.sqlite'], 'missing.sqlite: no such store'],
  ])('bad input %j exits 2 with one line', async (args, message) => {
    const work = tempDir();
    const result = await runCliAsync(['audit', ...args], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });
});
