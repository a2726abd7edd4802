import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('ignore', () => {
  it('skips node_modules, vendor and third_party by default, at any depth', () => {
    const repo = TestRepo.init();
    repo.write('node_modules/pkg/CLAUDE.md', 'x').write('packages/a/node_modules/b/CLAUDE.md', 'x');
    repo.write('vendor/lib/CLAUDE.md', 'x').write('third_party/x/.claude/settings.json', '{}').write('src/vendored/CLAUDE.md', 'x');
    repo.add().commit('init');
    const { report } = runJson(['scan'], { cwd: repo.dir });
    expect(report.findings.map((f) => f.path)).toEqual(['src/vendored/CLAUDE.md']);
    const history = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(history.report.findings.map((f) => f.path)).toEqual(['src/vendored/CLAUDE.md']);
  });

  it('a config list replaces the default one', () => {
    const repo = TestRepo.init();
    repo.write('vendor/CLAUDE.md', 'x').write('examples/demo/CLAUDE.md', 'x').add().commit('init');
    repo.write('.aiguardrc.json', JSON.stringify({ ignore: ['examples/**'] }));
    const { report } = runJson(['scan'], { cwd: repo.dir });
    expect(report.findings.map((f) => f.path)).toEqual(['vendor/CLAUDE.md']);
  });

  it('does not hide findings that have no path', () => {
    const repo = TestRepo.init();
    repo.write('vendor/a.txt', 'x').add().commit('init\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
    repo.write('.aiguardrc.json', JSON.stringify({ ignore: ['**'] }));
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['claude-code/co-author-trailer']);
  });

  it('never looks inside a submodule', () => {
    const inner = TestRepo.init();
    inner.write('CLAUDE.md', 'x').add().commit('inner');
    const repo = TestRepo.init();
    repo.write('README.md', 'x').add().commit('init');
    repo.git('-c', 'protocol.file.allow=always', 'submodule', '-q', 'add', inner.dir, 'libs/inner');
    repo.commit('add submodule');
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    expect(runJson(['scan', '--all'], { cwd: repo.dir }).report.findings).toEqual([]);
  });

  it('must be a list of globs', () => {
    const repo = TestRepo.init();
    repo.write('.aiguardrc.json', JSON.stringify({ ignore: 'vendor/**' }));
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.json: ignore: must be array\n');
  });
});
