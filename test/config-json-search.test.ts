// A searched .aiguardrc.json is read without cosmiconfig; these pin what cosmiconfig decided before.
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, runJson } from './helpers/git-repo.js';

afterAll(cleanupTempDirs);

function repoWith(files: Record<string, string>): TestRepo {
  const repo = TestRepo.init();
  repo.write('CLAUDE.md', '# notes\n');
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  repo.add().commit('init');
  return repo;
}

describe('config found by search', () => {
  it('a .aiguardrc.json object sets the levels', () => {
    const repo = repoWith({ '.aiguardrc.json': '{"tools":{"claude-code":"warn"}}' });
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings.map((finding) => finding.status)).toContain('warning');
    expect(report.findings.map((finding) => finding.status)).not.toContain('blocking');
  });

  it('an unknown key exits 2 with one line naming the file and the key', () => {
    const repo = repoWith({ '.aiguardrc.json': '{"tols":{}}' });
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiguard: \/.*\.aiguardrc\.json: tols: unknown key\n$/);
  });

  it('package.json with an aiguard key comes first, as in cosmiconfig', () => {
    const repo = repoWith({ 'package.json': '{"aiguard":{"tools":{"claude-code":"off"}}}', '.aiguardrc.json': '{"tools":{"claude-code":"warn"}}' });
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('package.json without one is passed over', () => {
    const repo = repoWith({ 'package.json': '{"name":"x"}', '.aiguardrc.json': '{"tools":{"claude-code":"warn"}}' });
    expect(runJson(['scan'], { cwd: repo.dir }).code).toBe(0);
  });

  it('an empty .aiguardrc.json means no config: the default policy blocks', () => {
    const repo = repoWith({ '.aiguardrc.json': '' });
    expect(runJson(['scan'], { cwd: repo.dir }).code).toBe(1);
  });
});
