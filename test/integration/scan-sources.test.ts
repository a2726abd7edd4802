import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { TestRepo, runCli, runJson, cleanupTempDirs, tempDir, cleanEnv } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>';
const ids = (findings: Record<string, unknown>[]) => findings.map((finding) => finding.ruleId).sort();

describe('aiguard scan (tree)', () => {
  it('reports tracked and untracked-not-ignored files, not ignored ones', () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hi\n').write('CLAUDE.md', '# memory\n').add().commit('init');
    repo.write('.claude/settings.local.json', '{}').write('.gitignore', 'ignored/\n').write('ignored/.mcp.json', '{}');
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings.map((finding) => finding.path).sort()).toEqual(['.claude/settings.local.json', 'CLAUDE.md']);
    expect(report.findings.every((finding) => finding.tool === 'claude-code' && finding.status === 'blocking')).toBe(true);
  });

  it('a symlink counts by its name', () => {
    const repo = TestRepo.init();
    repo.write('AGENTS.md', 'rules\n').symlink('CLAUDE.md', 'AGENTS.md').add().commit('link');
    const { report } = runJson(['scan'], { cwd: repo.dir });
    expect(report.findings.map((finding) => finding.path)).toContain('CLAUDE.md');
  });

  it('finds the marker inside file contents with its line', () => {
    const repo = TestRepo.init();
    repo.write('docs/report.md', 'Summary\n\n*Generated with [Claude Code](https://claude.ai/code)*\n').add().commit('docs');
    const { report } = runJson(['scan'], { cwd: repo.dir });
    expect(report.findings).toMatchObject([
      { ruleId: 'claude-code/generated-marker-in-file', kind: 'content', path: 'docs/report.md', line: 3 },
    ]);
  });

  it('a clean repository exits 0', () => {
    const repo = TestRepo.init();
    repo.write('src/index.ts', 'export {};\n').add().commit('init');
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no AI tool traces found');
  });

  it('scans a bare repository at HEAD', () => {
    const repo = TestRepo.init();
    repo.write('CLAUDE.md', 'x\n').write('a.md', '🤖 Generated with [Claude Code](https://claude.com/claude-code)\n').add().commit('init');
    const bare = tempDir();
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, bare], { env: cleanEnv() });
    const { code, report } = runJson(['scan', bare], { cwd: tempDir() });
    expect(code).toBe(1);
    expect(ids(report.findings)).toEqual(['claude-code/claude-md', 'claude-code/generated-marker-in-file']);
  });

  it('scans a linked worktree and a detached HEAD', () => {
    const repo = TestRepo.init();
    repo.write('a.txt', 'a\n').add().commit('one');
    repo.write('CLAUDE.md', 'x\n').add().commit('two');
    const worktree = `${tempDir()}/wt`;
    repo.git('worktree', 'add', '-q', '--detach', worktree, 'HEAD');
    const { code, report } = runJson(['scan', '--all'], { cwd: worktree });
    expect(code).toBe(1);
    expect(ids(report.findings)).toEqual(['claude-code/claude-md']);
    expect(runJson(['scan'], { cwd: worktree }).code).toBe(1);
  });
});

describe('aiguard scan --staged', () => {
  it('reads what the index adds, in a repository without commits', () => {
    const repo = TestRepo.init();
    repo.write('CLAUDE.md', 'x\n').write('notes.md', 'Generated with [Claude Code](https://claude.ai/code)\n').add();
    const { code, report } = runJson(['scan', '--staged'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.path}:${finding.line ?? ''}`).sort()).toEqual([
      'claude-code/claude-md CLAUDE.md:',
      'claude-code/generated-marker-in-file notes.md:1',
    ]);
  });

  it('ignores what is committed already and what is only deleted', () => {
    const repo = TestRepo.init();
    repo.write('CLAUDE.md', 'x\n').add().commit('old');
    repo.git('rm', '-q', 'CLAUDE.md');
    repo.write('ok.txt', 'fine\n').add('ok.txt');
    const { code, report } = runJson(['scan', '--staged'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('sees a file renamed to CLAUDE.md', () => {
    const repo = TestRepo.init();
    repo.write('notes.md', 'a long enough body for rename detection\n'.repeat(5)).add().commit('notes');
    repo.git('mv', 'notes.md', 'CLAUDE.md');
    const { report } = runJson(['scan', '--staged'], { cwd: repo.dir });
    expect(ids(report.findings)).toEqual(['claude-code/claude-md']);
  });
});

describe('aiguard scan --message-file', () => {
  it('reports the trailer and ignores comment lines and the verbose diff', () => {
    const repo = TestRepo.init();
    repo.write(
      'MSG',
      `Fix\n\n${TRAILER}\n# Please enter the commit message\n# ------------------------ >8 ------------------------\n` +
        '+Generated with [Claude Code](https://claude.ai/code)\n',
    );
    const { code, report } = runJson(['scan', '--message-file', 'MSG'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ ruleId: 'claude-code/co-author-trailer', line: 3, evidence: TRAILER }]);
  });

  it('a human co-author passes', () => {
    const repo = TestRepo.init();
    repo.write('MSG', 'Fix\n\nCo-authored-by: Claude Dupont <claude.dupont@example.org>\n');
    expect(runCli(['scan', '--message-file', 'MSG'], { cwd: repo.dir }).code).toBe(0);
  });
});

describe('aiguard scan --range / --all', () => {
  let built: ReturnType<typeof buildHistory> | undefined;
  /** Built once; the first two tests only read it, a test that commits gets a copy. */
  function history(options: { copy?: boolean } = {}) {
    built ??= buildHistory();
    return options.copy ? { ...built, repo: built.repo.copy() } : built;
  }
  function buildHistory() {
    const repo = TestRepo.init();
    const base = repo.commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    const traced = repo.commit(`Add parser\n\n${TRAILER}\n`);
    const clean = repo.commit('Tidy up');
    repo.git('checkout', '-q', 'main');
    const onMain = repo.commit('Main work\n\nhttps://claude.ai/code/session_01QpYmSoWsmcQFYapvscKSwy\n');
    return { repo, base, traced, clean, onMain };
  }

  it('A..B lists exactly the commits git rev-list lists', () => {
    const { repo, traced } = history();
    const { code, report } = runJson(['scan', '--range', 'main..feature'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.summary.commitsScanned).toBe(2);
    expect(report.findings).toMatchObject([{ ruleId: 'claude-code/co-author-trailer', commit: traced }]);
  });

  it('A...B takes both sides; a single rev takes its whole history', () => {
    const { repo, traced, onMain } = history();
    const both = runJson(['scan', '--range', 'main...feature'], { cwd: repo.dir });
    expect(both.report.summary.commitsScanned).toBe(3);
    expect(both.report.findings.map((finding) => finding.commit).sort()).toEqual([traced, onMain].sort());
    const single = runJson(['scan', '--range', 'feature'], { cwd: repo.dir });
    expect(single.report.summary.commitsScanned).toBe(3);
  });

  it('--all reads every ref, with author, committer, paths and added lines', () => {
    const { repo } = history({ copy: true });
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('deep/dir/CLAUDE.md', 'x\n').write('x.md', '_Generated by [Claude Code](https://claude.ai/code/session_01)_\n').add();
    const botCommit = repo.commit('Automated', {
      author: 'claude[bot] <209825114+claude[bot]@users.noreply.github.com>',
      committer: 'Claude <noreply@anthropic.com>',
    });
    const { report } = runJson(['scan', '--all'], { cwd: repo.dir });
    const fromBot = report.findings.filter((finding) => finding.commit === botCommit);
    expect(ids(fromBot)).toEqual([
      'claude-code/anthropic-identity',
      'claude-code/claude-bot-identity',
      'claude-code/claude-md',
      'claude-code/generated-marker-in-file',
    ]);
    expect(report.summary.commitsScanned).toBe(5);
    const noContent = runJson(['scan', '--all', '--no-content'], { cwd: repo.dir });
    expect(noContent.report.findings.some((finding) => finding.kind === 'content')).toBe(false);
  });

  it('decodes a Latin-1 message by its declared encoding', () => {
    const repo = TestRepo.init();
    repo.git('config', 'i18n.commitEncoding', 'ISO-8859-1');
    const message = Buffer.concat([Buffer.from('R\xe9sum\xe9 fix\n\n', 'latin1'), Buffer.from(`${TRAILER}\n`, 'latin1')]);
    execFileSync('git', ['commit', '-q', '--allow-empty', '-F', '-'], { cwd: repo.dir, env: repo.env, input: message });
    const { report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(report.findings).toMatchObject([{ ruleId: 'claude-code/co-author-trailer', commitSummary: 'Résumé fix' }]);
  });

  it('reads a merge commit message and paths with spaces, tabs and non-ASCII names', () => {
    const repo = TestRepo.init();
    repo.commit('base');
    repo.write('sub dir/CLAUDE.md', 'x\n').write('naïve\tname/.mcp.json', '{}\n').add().commit('odd paths');
    const { report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(report.findings.map((finding) => finding.path).sort()).toEqual(['naïve\tname/.mcp.json', 'sub dir/CLAUDE.md']);
  });

  it('an empty repository with --all has nothing to report', () => {
    const repo = TestRepo.init();
    const result = runCli(['scan', '--all'], { cwd: repo.dir });
    expect(result.code).toBe(0);
  });
});

describe('message matching', () => {
  const cases: [string, string][] = [
    ['trailer moved into the middle by a squash merge', `Feature (#7)\n\n* step one\n\n${TRAILER}\n\n* step two\n`],
    ['lower-case key without space', 'Fix\n\nco-authored-by:Claude <noreply@anthropic.com>\n'],
    ['CRLF', 'Fix\r\n\r\nCo-Authored-By: Claude <noreply@anthropic.com>\r\n'],
    ['zero-width joiner inside the key', 'Fix\n\nCo-Author\u200Bed-By: Claude <noreply@anthropic.com>\n'],
    ['bidi override before the marker', 'Fix\n\n\u202E🤖 Generated with [Claude Code](https://claude.ai/code)\n'],
    ['full-width letters (NFKC)', 'Fix\n\nＣｏ-Authored-By: Claude <noreply@anthropic.com>\n'],
    ['a typo in the model name', 'Fix\n\nCo-Authored-By: Claud Opsu 4.5 <noreply@anthropic.com>\n'],
  ];
  // One commit per case in one repository, read by one scan --all: each case's commit must carry a blocking finding.
  const commits: string[] = [];
  let blockingCommits: Set<unknown>;
  beforeAll(() => {
    const repo = TestRepo.init();
    for (const [, message] of cases) commits.push(repo.commit(message));
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(1);
    blockingCommits = new Set(report.findings.filter((finding) => finding.status === 'blocking').map((finding) => finding.commit));
  });
  for (const [index, [name]] of cases.entries()) {
    it(`finds: ${name}`, () => expect(blockingCommits.has(commits[index])).toBe(true));
  }
});
