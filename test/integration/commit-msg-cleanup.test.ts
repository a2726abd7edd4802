// The commit-msg hook judges the message as git will store it: git cleans the message file up only after the hook,
// by --cleanup, commit.cleanup, -v and whether an editor ran. Each case is a real `git commit` through the real hook;
// whatever the hook lets through must then be clean in history (`scan --all` of the stored message).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupTempDirs, runCli, runJsonAsync, tempDir, type TestRepo } from '../helpers/git-repo.js';
import { hookEnv, repoWithRemote, runGitAsync } from '../helpers/hook-env.js';
import { cleanupMessage, stripSpace } from '../../src/sources/message-file.js';
import { parseCommitArgs } from '../../src/hooks/commit-cleanup.js';

afterAll(cleanupTempDirs);

const MARKER_ON_COMMENT = 'Fix the parser\n\n# Generated with [Claude Code](https://claude.ai/code)\n';
const CUT = '# ------------------------ >8 ------------------------\n';
const BELOW_CUT = `Fix the parser\n${CUT}Co-Authored-By: Claude <noreply@anthropic.com>\n`;

// `aiguard init` once; every test commits in its own copy (cp -a keeps the installed hooks, which name no path).
let template: TestRepo;
beforeAll(() => {
  const { repo } = repoWithRemote();
  repo.write('README.md', 'hello\n').add().commit('Initial commit');
  expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
  template = repo;
});
const initialised = (): TestRepo => template.copy();

/** Commits with the message file and options given; returns whether git refused and what history says after. */
async function commitWith(repo: TestRepo, message: string, args: string[], env: NodeJS.ProcessEnv = hookEnv()) {
  const file = join(tempDir('aiguard-msg-'), 'message');
  writeFileSync(file, message);
  const before = repo.git('rev-parse', 'HEAD').trim();
  const result = await runGitAsync(repo, ['commit', '-q', '--allow-empty', ...args, '-F', file], { env });
  const after = repo.git('rev-parse', 'HEAD').trim();
  const stored = after === before ? undefined : repo.git('log', '-1', '--format=%B', after);
  const range = ['scan', '--range', `${before}..${after}`];
  const history = after === before ? [] : (await runJsonAsync(range, { cwd: repo.dir })).report.findings;
  return { refused: result.code !== 0, stderr: result.stderr, stored, history };
}

// Each test commits in its own copy, so the real commits (and the hooks they run) go side by side.
describe.concurrent('commit-msg judges what git stores, under every cleanup mode', () => {
  const editor = (extra: Record<string, string> = {}) => hookEnv({ GIT_EDITOR: 'true', ...extra });
  const cases: [name: string, message: string, args: string[], env: () => NodeJS.ProcessEnv, refused: boolean][] = [
    ['--cleanup=verbatim keeps a #-line: refused', MARKER_ON_COMMENT, ['--cleanup=verbatim'], hookEnv, true],
    ['--cleanup=whitespace keeps a #-line: refused', MARKER_ON_COMMENT, ['--cleanup=whitespace'], hookEnv, true],
    ['-F without an editor cleans up as whitespace and keeps a #-line: refused', MARKER_ON_COMMENT, [], hookEnv, true],
    ['--cleanup=strip drops the #-line: passes', MARKER_ON_COMMENT, ['--cleanup=strip'], hookEnv, false],
    ['an editor run (default strip) drops the #-line: passes', MARKER_ON_COMMENT, ['-e'], editor, false],
    ['--cleanup=verbatim with an editor still keeps it: refused', MARKER_ON_COMMENT, ['-e', '--cleanup=verbatim'], editor, true],
    ['--cleanup=scissors with an editor cuts below the scissors line: passes', BELOW_CUT, ['-e', '--cleanup=scissors'], editor, false],
    ['--cleanup=verbatim keeps what stands below a scissors line: refused', BELOW_CUT, ['--cleanup=verbatim'], hookEnv, true],
    ['strip without -v keeps what stands below a scissors line: refused', BELOW_CUT, ['-e'], editor, true],
    ['-v cuts at the scissors line: passes', BELOW_CUT, ['-e', '-v'], editor, false],
    ['an abbreviated --clean=verbatim is read like git: refused', MARKER_ON_COMMENT, ['-e', '--clean=verbatim'], editor, true],
  ];
  for (const [name, message, args, env, refused] of cases) {
    it(name, async () => {
      const repo = initialised();
      const outcome = await commitWith(repo, message, args, env());
      expect(outcome.refused, outcome.stderr).toBe(refused);
      if (refused) expect(outcome.stderr).toMatch(/claude-code\//);
      else expect(outcome.history).toEqual([]); // What the hook let through is clean as stored.
    });
  }

  it('commit.cleanup=verbatim in the config keeps a #-line under an editor: refused; strip passes', async () => {
    const repo = initialised();
    repo.git('config', 'commit.cleanup', 'verbatim');
    expect((await commitWith(repo, MARKER_ON_COMMENT, ['-e'], editor())).refused).toBe(true);
    repo.git('config', 'commit.cleanup', 'strip');
    expect((await commitWith(repo, MARKER_ON_COMMENT, ['-e'], editor())).refused).toBe(false);
  });

  it('git -c commit.cleanup=whitespace reaches the hook too', async () => {
    const repo = initialised();
    const file = join(tempDir('aiguard-msg-'), 'message');
    writeFileSync(file, MARKER_ON_COMMENT);
    const args = ['-c', 'commit.cleanup=whitespace', 'commit', '-q', '--allow-empty', '-e', '-F', file];
    const result = await runGitAsync(repo, args, { env: editor() });
    expect(result.code).not.toBe(0);
  });
});

describe('cleanupMessage is git stripspace', () => {
  const samples = ['  a  \n\n\n\nb\t\n\n', '\n\n# c\nx\n#y\n\n\nz', 'one line', '', '\n\n\n', 'a\r\n\r\nb\r\n', `keep\n${CUT}below\n`];
  for (const sample of samples) {
    it(JSON.stringify(sample), () => {
      const git = (args: string[]) => execFileSync('git', ['stripspace', ...args], { input: sample, encoding: 'utf8' });
      expect(stripSpace(sample)).toBe(git([]));
      expect(stripSpace(sample, '#')).toBe(git(['--strip-comments']));
      expect(cleanupMessage(sample, 'strip', false)).toBe(git(['--strip-comments']));
      expect(cleanupMessage(sample, 'verbatim', false)).toBe(sample);
    });
  }
});

describe('parseCommitArgs reads the options git commit takes', () => {
  const cases: [string[], ReturnType<typeof parseCommitArgs>][] = [
    [['commit', '--cleanup=verbatim'], { cleanup: 'verbatim' }],
    [['-C', 'dir', '-c', 'x=y', 'commit', '--cleanup', 'strip', '-v'], { cleanup: 'strip', verbose: true }],
    [['commit', '-m', '--cleanup=verbatim', '-qv'], { verbose: true }],
    [['commit', '-am', 'msg', '--no-verbose'], { verbose: false }],
    [['commit', '--message', '-v', '--cle=whitespace'], { cleanup: 'whitespace' }],
    [['commit', '--', '--cleanup=verbatim'], {}],
    [['ci', '--cleanup=verbatim'], undefined],
    [['merge', 'topic'], undefined],
  ];
  for (const [args, expected] of cases) it(args.join(' '), () => expect(parseCommitArgs(args)).toEqual(expected));
});

describe('strip mode takes a folded trailer out whole', () => {
  it('removes the trailer and its continuation lines, keeps the rest, and the stored message is clean', async () => {
    const repo = initialised();
    repo
      .write('.aiguardrc.json', JSON.stringify({ message: { onViolation: 'strip' } }))
      .add()
      .commit('Policy');
    const message = 'Fix the parser\n\nSigned-off-by: A <a@example.org>\nCo-Authored-By: Claude\n   <noreply@anthropic.com>\n';
    const outcome = await commitWith(repo, message, ['--cleanup=strip']);
    expect(outcome.refused, outcome.stderr).toBe(false);
    expect(outcome.stored).toBe('Fix the parser\n\nSigned-off-by: A <a@example.org>\n\n');
    expect(outcome.history).toEqual([]);
  });
});
