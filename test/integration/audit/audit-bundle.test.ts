// The audit from the bundle alone, as a fresh clone without npm ci runs it: the SQLite WebAssembly is written into
// the bundle, the worker threads start from the bundle's own chunk, simple-git and re2js are bundled.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, tempDir } from '../../helpers/git-repo.js';
import { projectCopy } from '../../helpers/project-copy.js';
import { queryStore } from './store-reader.js';

afterAll(cleanupTempDirs);

const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [join(projectCopy(), 'dist/cli.js'), ...args], { cwd, env: cleanEnv(), encoding: 'utf8' });

describe('aiguard audit from the bundle, without node_modules', () => {
  it('mirrors, scans in workers, writes the store and the HTML report', async () => {
    expect(readdirSync(projectCopy())).not.toContain('node_modules');
    const traced = TestRepo.init();
    traced.write('CLAUDE.md', '# notes\n').add().commit('notes');
    traced.git('config', 'uploadpack.allowFilter', 'true');
    const clean = TestRepo.init();
    clean.write('a.txt', 'a\n').add().commit('init');
    const work = tempDir();
    const result = run(['audit', `file://${traced.dir}`, clean.dir, '--store', 's.sqlite', '--jobs', '2', '--html', 'r.html'], work);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    const rows = await queryStore(join(work, 's.sqlite'), 'SELECT repository, status, new_commits FROM repositories ORDER BY status');
    expect(rows.map((row) => [row.status, row.new_commits])).toEqual([
      ['ok', 1],
      ['ok', 1],
    ]);
    expect(readdirSync(join(work, 'aiguard-audit-cache'))).toHaveLength(1);
  });

  it('exports GitLab push rules checked with the bundled RE2', () => {
    const result = run(['export', 'gitlab-push-rules'], tempDir());
    expect(result.status).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['commit_message_negative_regex', 'file_name_regex']);
  });
});
