// docs/audit.md's example queries run on a store a real audit wrote: through SQLite itself (sql.js), and
// through the sqlite3 CLI where it is installed.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, runCli, cleanupTempDirs, tempDir } from '../../helpers/git-repo.js';
import { queryStore } from './store-reader.js';

afterAll(cleanupTempDirs);

const docs = readFileSync(join(PROJECT_ROOT, 'docs/audit.md'), 'utf8');
const sqlBlock = /```sql\n([\s\S]*?)```/.exec(docs)![1]!;
const queries = sqlBlock
  .split(/;\s*\n/)
  .map((query) => query.trim())
  .filter((query) => /\bSELECT\b/.test(query));
const hasSqlite3 = spawnSync('sqlite3', ['-version']).status === 0;

describe('docs/audit.md queries', () => {
  const work = tempDir();
  const repo = TestRepo.init();
  const trailer = 'Co-Authored-By: Claude <noreply@anthropic.com>';
  repo.write('a.txt', 'a\n').add().commit(`Old work\n\n${trailer}\n`, { date: '2024-01-10T10:00:00Z' });
  repo.write('CLAUDE.md', 'x\n').add().commit(`New work\n\n${trailer}\n`, { date: '2024-06-10T10:00:00Z' });
  writeFileSync(join(work, 'policy.json'), JSON.stringify({ effective: '2024-04-01' }));
  runCli(['audit', repo.dir, join(work, 'missing'), '--store', 'audit.sqlite', '--config', 'policy.json'], { cwd: work });
  const store = join(work, 'audit.sqlite');

  it('has the queries the docs promise', () => {
    expect(queries.length).toBe(7);
  });

  it.each(queries.map((query) => [query.split('\n')[0]!, query]))('%s', async (_title, query) => {
    const rows = await queryStore(store, query);
    expect(rows.length).toBeGreaterThan(0);
    if (/effective date/.test(query)) expect(rows.map((row) => row.committed_at)).toEqual(['2024-06-10T10:00:00Z', '2024-06-10T10:00:00Z']);
    if (/could not be read/.test(query)) expect(rows).toEqual([expect.objectContaining({ repository: join(work, 'missing') })]);
  });

  it.skipIf(!hasSqlite3 && !process.env.CI)('the sqlite3 CLI opens the store and runs them', () => {
    const out = execFileSync('sqlite3', ['-header', '-csv', store], { input: `${queries.join(';\n')};\n`, encoding: 'utf8' });
    expect(out).toContain('claude-code');
    expect(out).toContain('not a git repository');
  });
});
