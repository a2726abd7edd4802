// scan starts git (the log, the tree's grep) before the policy loads: output read late must be complete,
// a policy's own content words must still be grepped, and errors keep their order.
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

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
});
