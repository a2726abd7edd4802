// The audit's pure parts: repository lists, shards, the store's write rules, summaries, links, CSV, HTML, progress.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { auditTargets, isGitUrl, parseRepositoryFile } from '../../src/audit/repository-list.js';
import { parseShard, selectShard } from '../../src/audit/shards.js';
import { AuditStore, type FindingRow, type RepositoryRow } from '../../src/audit/store.js';
import { commitLink, summarizeAudit } from '../../src/audit/audit-summary.js';
import { auditCsv } from '../../src/audit/audit-output.js';
import { renderAuditHtml } from '../../src/audit/html.js';
import { createAuditProgress, progressLine } from '../../src/audit/audit-progress.js';
import { mirrorPath } from '../../src/audit/mirrors.js';
import { cleanupTempDirs, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const repositoryRow = (repository: string, extra: Partial<RepositoryRow> = {}): RepositoryRow => ({
  repository,
  remote: null,
  head: 'a'.repeat(40),
  default_branch: 'main',
  scanned_at: '2025-01-01T00:00:00.000Z',
  status: 'ok',
  error: null,
  policy: null,
  effective: null,
  engine: 'e1',
  commits_scanned: 0,
  new_commits: 3,
  ...extra,
});
const findingRow = (repository: string, extra: Partial<FindingRow> = {}): FindingRow => ({
  repository,
  source: 'history',
  rule_id: 'claude-code/co-author-trailer',
  tool: 'claude-code',
  kind: 'message',
  severity: 'block',
  status: 'blocking',
  commit_id: 'b'.repeat(40),
  author: 'A <a@example.org>',
  committed_at: '2024-03-05T10:00:00Z',
  path: null,
  line: null,
  evidence: 'Co-Authored-By: Claude <noreply@anthropic.com>',
  fingerprint: 'f1',
  summary: 'Fix',
  note: null,
  ...extra,
});

describe('repository list', () => {
  it('reads one repository a line, skipping blanks and # comments', () => {
    expect(parseRepositoryFile('# org\nhttps://github.com/acme/a.git\n\n  /srv/git/b  # bare\r\ngit@gitlab.com:acme/c.git\n')).toEqual([
      'https://github.com/acme/a.git',
      '/srv/git/b',
      'git@gitlab.com:acme/c.git',
    ]);
  });

  it('tells URLs from local paths and sorts each once', () => {
    expect(['file:///srv/x', 'git@github.com:a/b', './repo', 'C:/work/repo'].map(isGitUrl)).toEqual([true, true, false, false]);
    const targets = auditTargets(['b', 'https://x.org/a/', 'a', 'b'], '/work');
    expect(targets).toEqual([
      { name: '/work/a', kind: 'local' },
      { name: '/work/b', kind: 'local' },
      { name: 'https://x.org/a', kind: 'url' },
    ]);
    expect(() => auditTargets(['--upload-pack=evil'])).toThrow(/may not start with "-"/);
  });

  it('gives every URL its own mirror folder', () => {
    expect(mirrorPath('/c', 'https://github.com/acme/a.git')).toMatch(/^\/c\/github\.com_acme_a-[0-9a-f]{10}\.git$/);
    expect(mirrorPath('/c', 'https://github.com/acme/a.git')).not.toBe(mirrorPath('/c', 'git@github.com:acme/a.git'));
  });
});

describe('shards', () => {
  it('every repository in exactly one shard, the same on every run', () => {
    const list = Array.from({ length: 11 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const shards = [1, 2, 3].map((index) => selectShard(list, parseShard(`${index}/3`)));
    expect(shards.flat().sort()).toEqual(list);
    expect(shards.map((shard) => shard.length)).toEqual([4, 4, 3]);
    expect(selectShard(list, parseShard('2/3'))).toEqual(shards[1]);
  });

  it.each(['0/3', '4/3', '1/0', 'x', '1/3/2'])('refuses --shard %s', (text) => {
    expect(() => parseShard(text)).toThrow(`--shard ${text}: expected I/N`);
  });
});

describe('store', () => {
  it('adds findings of an incremental run, replaces them on a full one, and keeps them when a run fails', async () => {
    const file = join(tempDir(), 's.sqlite');
    const store = await AuditStore.open(file);
    const tip = (commit: string) => [{ ref: 'refs/heads/main', commit }];
    store.record({ row: repositoryRow('r'), tips: tip('c1'), findings: [findingRow('r')], replaceHistory: true, replaceTree: true });
    const newer = findingRow('r', { commit_id: 'c'.repeat(40) });
    store.record({ row: repositoryRow('r', { new_commits: 2 }), tips: tip('c2'), findings: [newer] });
    expect(store.findings('r')).toHaveLength(2);
    expect(store.state('r')).toEqual({ engine: 'e1', head: 'a'.repeat(40), tips: ['c2'] });
    expect(store.repositories()[0]).toMatchObject({ commits_scanned: 5, new_commits: 2 });
    store.record({ row: repositoryRow('r', { status: 'failed', error: 'fetch failed', new_commits: 0 }) });
    expect(store.findings('r')).toHaveLength(2);
    expect(store.repositories()[0]).toMatchObject({ status: 'failed', error: 'fetch failed', commits_scanned: 5, engine: 'e1' });
    const rescan = repositoryRow('r', { engine: 'e2', new_commits: 4 });
    store.record({ row: rescan, tips: [], findings: [findingRow('r', { status: 'warning' })], replaceHistory: true });
    expect(store.findings('r').map((row) => row.status)).toEqual(['warning']);
    expect(store.repositories()[0]).toMatchObject({ commits_scanned: 4, engine: 'e2' });
    store.save();
    store.close();
    const reopened = await AuditStore.open(file);
    expect(reopened.findings()).toHaveLength(1);
    reopened.close();
  });

  it('refuses a file that is not a store', async () => {
    const file = join(tempDir(), 'not.sqlite');
    (await import('node:fs')).writeFileSync(file, 'hello, not sqlite at all, long enough to be read as a header.......');
    await expect(AuditStore.open(file)).rejects.toThrow(`${file}: not an aiguard audit store`);
  });
});

describe('summary and reports', () => {
  const repositories = [
    repositoryRow('a', { effective: '2024-04-01', remote: 'git@github.com:acme/a.git' }),
    repositoryRow('b'),
    repositoryRow('c', { status: 'failed', error: 'gone' }),
  ];
  const findings = [
    findingRow('a', { committed_at: '2024-02-10T10:00:00+02:00' }),
    findingRow('a', { committed_at: '2024-05-20T10:00:00Z', commit_id: 'd'.repeat(40) }),
    findingRow('a', { source: 'tree', commit_id: null, committed_at: null, rule_id: 'claude-code/claude-md', kind: 'path' }),
    findingRow('b', { tool: 'cursor', rule_id: 'cursor/co-author-trailer', status: 'warning', committed_at: '2024-04-02T00:00:00Z' }),
  ];

  it('counts traces per repository, per month and tool, and after the effective date', () => {
    const summary = summarizeAudit(repositories, findings);
    expect(summary.totals).toMatchObject({ repositories: 3, failed: 1, withTraces: 2, findings: 4, blocking: 3, tracedCommits: 3 });
    expect(summary.repositories[0]).toMatchObject({ firstTrace: '2024-02-10T08:00:00Z', lastTrace: '2024-05-20T10:00:00Z' });
    expect(summary.repositories[0]).toMatchObject({ afterEffective: 1, blocking: 3 });
    expect(summary.repositories[1]!.afterEffective).toBeNull();
    expect(summary.timeline.months).toEqual(['2024-02', '2024-03', '2024-04', '2024-05']);
    expect(summary.timeline.counts['2024-04']).toEqual({ cursor: 1 });
    expect(summary.topRules[0]).toEqual({ ruleId: 'claude-code/co-author-trailer', tool: 'claude-code', count: 2, repositories: 1 });
  });

  it('links commits on known forges only', () => {
    const id = 'e'.repeat(40);
    expect(commitLink('git@github.com:acme/a.git', id)).toBe(`https://github.com/acme/a/commit/${id}`);
    expect(commitLink('https://gitlab.com/acme/sub/b.git', id)).toBe(`https://gitlab.com/acme/sub/b/-/commit/${id}`);
    expect(commitLink('/srv/git/x', id)).toBeUndefined();
    expect(commitLink('https://evil.example/a', id)).toBeUndefined();
    expect(commitLink('https://github.com/a/b"onmouseover=x', id)).toBeUndefined();
  });

  it('writes CSV a spreadsheet cannot take for a formula', () => {
    const csv = auditCsv([findingRow('a', { evidence: '=HYPERLINK("x")', summary: 'a, "b"\nc' })]);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a, ""b""\nc"');
  });

  it('escapes hostile evidence and repository names in the HTML report', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = renderAuditHtml([repositoryRow(hostile)], [findingRow(hostile, { evidence: '</script><script>alert(1)</script>' })]);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toContain('Content-Security-Policy');
  });
});

describe('progress line', () => {
  it('is silent unless stderr is a terminal', () => {
    const writes: string[] = [];
    const progress = createAuditProgress(3, { write: (text: string) => writes.push(text) > 0, isTTY: false });
    progress.started('a');
    progress.finished('a');
    progress.done();
    expect(writes).toEqual([]);
  });

  it('shows done/total, the current repository, commits per second and the ETA, and clears itself', () => {
    let now = 0;
    const writes: string[] = [];
    const terminal = { write: (text: string) => writes.push(text) > 0, isTTY: true, columns: 200 };
    const progress = createAuditProgress(4, terminal, { now: () => now, intervalMs: 0 });
    progress.started('https://github.com/acme/payments.git');
    now = 10_000;
    progress.commits(5000);
    progress.finished('https://github.com/acme/payments.git');
    progress.started('/srv/git/ledger');
    expect(writes.at(-1)).toBe('\r\x1b[Kaiguard audit: 1/4 repositories · 500 commits/s · ETA 30s · git/ledger');
    progress.done();
    expect(writes.at(-1)).toBe('\r\x1b[K');
    const long = { done: 0, total: 2, commits: 0, seconds: 0, current: 'x'.repeat(300) };
    expect(progressLine(long, 60).length).toBeLessThanOrEqual(60);
    // No width known (script(1) reports 0): a usual terminal's, less its last column, not a line cut to nothing.
    expect(progressLine(long, 0).length).toBe(99);
  });
});
