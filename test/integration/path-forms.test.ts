// Path forms: letter case, odd bytes in names, submodules at AI paths — in the tree, the index and history.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runJson, runJsonAsync, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

type Finding = Record<string, unknown>;
const found = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId} ${finding.path}`).sort();

type Scan = Awaited<ReturnType<typeof runJsonAsync>>;

/**
 * Stages the files, then checks the staged scan, commits, and checks scan --all and the tree scan: all three must agree.
 * Returns the three runs, so that a test reads their exit codes and statuses instead of scanning again.
 */
async function everyMode(repo: TestRepo, expected: string[]): Promise<{ staged: Scan; all: Scan; tree: Scan }> {
  repo.git('add', '-A');
  const staged = await runJsonAsync(['scan', '--staged'], { cwd: repo.dir });
  expect(['staged', found(staged.report.findings)]).toEqual(['staged', expected]);
  repo.commit('Add files');
  const [all, tree] = await Promise.all([runJsonAsync(['scan', '--all'], { cwd: repo.dir }), runJsonAsync(['scan'], { cwd: repo.dir })]);
  expect(['--all', found(all.report.findings)]).toEqual(['--all', expected]);
  expect(['tree', found(tree.report.findings)]).toEqual(['tree', expected]);
  return { staged, all, tree };
}

describe('letter case: a case variant counts as the file macOS and Windows open', () => {
  it('.Claude/, CLAUDE.MD, claude.md deep in a tree and .MCP.json are judged by the real file’s rules', async () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    repo
      .write('.Claude/Settings.json', '{"permissions": {"defaultMode": "bypassPermissions"}}\n')
      .write('.CLAUDE/commands/Review.md', 'review\n')
      .write('CLAUDE.MD', '# memory\n')
      .write('docs/deep/claude.md', '# memory\n')
      .write('.MCP.json', '{}\n');
    const { tree } = await everyMode(repo, [
      'claude-code/claude-md CLAUDE.MD',
      'claude-code/claude-md docs/deep/claude.md',
      'claude-code/commands .CLAUDE/commands/Review.md',
      'claude-code/mcp-json .MCP.json',
      'claude-code/settings-bypass-mode .Claude/Settings.json',
      'claude-code/settings-file .Claude/Settings.json',
    ]);
    const blocking = tree.report.findings.filter((finding) => finding.status === 'blocking');
    expect(blocking).toHaveLength(6);
  });

  it('the clean twin: names that only contain the words pass', async () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    repo.write('docs/claude-guide.md', 'x\n').write('claude.mdx', 'x\n').write('src/Claude.ts', 'x\n');
    repo.write('mcp.JSON', '{}\n').write('claude/settings.json', '{}\n');
    const { all } = await everyMode(repo, []);
    expect(all.code).toBe(0);
  });
});

describe('names with newlines, tabs, quotes, leading dashes and non-UTF-8 bytes match like any other', () => {
  const NAMES = ['new\nline', 'tab\there', '"quoted"', "it's", '-rf', '--output=x', 'back\\slash'];

  it('CLAUDE.md under each odd folder name, and a marker line in a file with a newline in its name', async () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    for (const name of NAMES) repo.write(`${name}/CLAUDE.md`, '# memory\n');
    repo.write('we\nird/notes.md', 'Generated with [Claude Code](https://claude.ai/code)\n');
    // A folder name that is not UTF-8 (bytes 0xff 0xfe): git keeps the bytes, aiguard still sees CLAUDE.md in it.
    const raw = Buffer.concat([Buffer.from(`${repo.dir}/`), Buffer.from([0xff, 0xfe])]);
    mkdirSync(raw);
    writeFileSync(Buffer.concat([raw, Buffer.from('/CLAUDE.md')]), '# memory\n');
    await everyMode(
      repo,
      [
        ...NAMES.map((name) => `claude-code/claude-md ${name}/CLAUDE.md`),
        'claude-code/claude-md \uFFFD\uFFFD/CLAUDE.md',
        'claude-code/generated-marker-in-file we\nird/notes.md',
      ].sort(),
    );
  });

  it('settings under a folder with a newline or non-UTF-8 bytes are still read and analysed', async () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    const settings = '{"permissions": {"defaultMode": "bypassPermissions"}}\n';
    repo.write('new\nline/.claude/settings.json', settings);
    const raw = Buffer.concat([Buffer.from(`${repo.dir}/`), Buffer.from([0xff])]);
    mkdirSync(Buffer.concat([raw, Buffer.from('/.claude')]), { recursive: true });
    writeFileSync(Buffer.concat([raw, Buffer.from('/.claude/settings.json')]), settings);
    const bypass = (findings: Finding[]) =>
      findings
        .filter((finding) => finding.ruleId === 'claude-code/settings-bypass-mode')
        .map((finding) => finding.path)
        .sort();
    repo.git('add', '-A');
    const expected = ['new\nline/.claude/settings.json', '\uFFFD/.claude/settings.json'].sort();
    expect(bypass(runJson(['scan', '--staged'], { cwd: repo.dir }).report.findings)).toEqual(expected);
    repo.commit('Add settings');
    const scans = await Promise.all([['--all'], []].map((args) => runJsonAsync(['scan', ...args], { cwd: repo.dir })));
    for (const { report } of scans) expect(bypass(report.findings)).toEqual(expected);
  });

  it('the clean twin: the same odd names holding ordinary files pass', async () => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    for (const name of NAMES) repo.write(`${name}/README.md`, 'notes\n');
    await everyMode(repo, []);
  });

  it('a repository whose folder name holds a newline is opened and scanned', async () => {
    const dir = join(tempDir(), 'repo\nwith newline');
    mkdirSync(dir);
    const repo = new TestRepo(dir, cleanEnv());
    repo.git('init', '-q', '--initial-branch=main');
    repo.write('CLAUDE.md', '# memory\n').add().commit('Add CLAUDE.md');
    const scans = await Promise.all([['scan'], ['scan', '--all']].map((args) => runJsonAsync(args, { cwd: dir })));
    for (const { report } of scans) expect(found(report.findings)).toEqual(['claude-code/claude-md CLAUDE.md']);
  });
});

describe('a submodule (gitlink) at an AI path counts', () => {
  function withSubmodules(paths: string[]): TestRepo {
    const sub = TestRepo.init();
    sub.write('x.md', 'x\n').add().commit('sub');
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('Initial commit');
    for (const path of paths) repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, path);
    return repo;
  }

  it('.claude and .agents/skills/x as submodules: in the index, history and the tree', async () => {
    const repo = withSubmodules(['.claude', '.agents/skills/x']);
    expect(repo.git('ls-files', '-s', '.claude')).toMatch(/^160000 /);
    await everyMode(repo, ['claude-code/claude-dir .claude', 'generic/agents-dir .agents/skills/x']);
  });

  it('the clean twin: a submodule at vendor/lib passes', async () => {
    const repo = withSubmodules(['vendor/lib']);
    const { all } = await everyMode(repo, []);
    expect(all.code).toBe(0);
  });
});
