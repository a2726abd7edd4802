// scan starts git (the log, the tree's grep) before the policy loads: output read late must be complete,
// a policy's own content words must still be grepped, and errors keep their order. At what looks like a work tree's
// top level the tree's git starts before rev-parse answers: a wrong guess must be corrected, never believed.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('scan with git started early', () => {
  it('reads the whole log of a small history that git finished before it was read', () => {
    const repo = TestRepo.init();
    repo.write('a.txt', 'a\n').add().commit('One\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
    repo.write('b.txt', 'b\n').add();
    for (const args of [['--all'], ['--range', 'HEAD']]) {
      const { report } = runJson(['scan', ...args], { cwd: repo.dir });
      expect(report.summary.commitsScanned, args.join(' ')).toBe(1);
      expect(
        report.findings.map((finding) => finding.kind),
        args.join(' '),
      ).toContain('message');
    }
  });

  it("greps a policy's own content words in the tree, besides the built-in ones", () => {
    const repo = TestRepo.init();
    repo.write('notes.md', 'ACME-MARKER here\n').write('README.md', 'Generated with [Claude Code](https://claude.ai/code)\n');
    repo.write(
      '.aiguardrc.json',
      JSON.stringify({
        customRules: [
          {
            id: 'org/marker',
            tool: 'generic',
            kind: 'content',
            severity: 'block',
            description: 'd',
            fix: 'f',
            pattern: 'acme-marker',
            keywords: ['acme-marker'],
          },
        ],
      }),
    );
    repo.add().commit('init');
    const { report } = runJson(['scan'], { cwd: repo.dir });
    expect(
      report.findings
        .filter((finding) => finding.kind === 'content')
        .map((finding) => [finding.ruleId, finding.path])
        .sort(),
    ).toEqual([
      ['claude-code/generated-marker-in-file', 'README.md'],
      ['org/marker', '.aiguardrc.json'], // the policy holds its own word
      ['org/marker', 'notes.md'],
    ]);
  });

  it('reports a config error before a revision error, with git already started', () => {
    const repo = TestRepo.init();
    repo.write('.aiguardrc.json', '{"nope": 1}').add().commit('init');
    for (const args of [['--range', 'missing..HEAD'], ['--all'], []]) {
      const result = runCli(['scan', ...args], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('aiguard: .aiguardrc.json: nope: unknown key\n');
    }
  });

  it('a folder whose .git is not a repository is not taken for the top level: the whole tree is scanned', () => {
    // git skips an empty .git folder and finds the repository above: the tree is the parent's, CLAUDE.md included.
    const build = (traced: boolean) => {
      const repo = TestRepo.init();
      repo.write('sub/notes.txt', 'notes\n');
      if (traced) repo.write('CLAUDE.md', '# notes\n');
      repo.add().commit('init');
      mkdirSync(join(repo.dir, 'sub/.git'));
      return repo;
    };
    const [traced, clean] = [build(true), build(false)];
    const paths = (report: { findings: Record<string, unknown>[] }) => report.findings.map((finding) => finding.path);
    const found = runJson(['scan'], { cwd: join(traced.dir, 'sub') });
    expect([found.code, paths(found.report)]).toEqual([1, ['CLAUDE.md']]);
    expect(runJson(['scan', 'sub'], { cwd: traced.dir }).code).toBe(1);
    expect(runCli(['scan'], { cwd: join(clean.dir, 'sub') }).code).toBe(0);
  });

  it('GIT_DIR or GIT_WORK_TREE in the environment is the repository git uses, whatever the folder holds', () => {
    const repo = TestRepo.init();
    repo.write('CLAUDE.md', '# notes\n').add().commit('init');
    const elsewhere = TestRepo.init();
    elsewhere.write('README.md', 'hello\n').add().commit('init');
    const env = cleanEnv({ GIT_DIR: join(repo.dir, '.git'), GIT_WORK_TREE: repo.dir });
    const { code, report } = runJson(['scan'], { cwd: elsewhere.dir, env });
    expect([code, report.findings.map((finding) => finding.path)]).toEqual([1, ['CLAUDE.md']]);
    expect(runCli(['scan'], { cwd: elsewhere.dir }).code).toBe(0);
  });
});
