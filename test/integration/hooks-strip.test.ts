import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCli, tempDir } from '../helpers/git-repo.js';
import { CORPUS_COMMITS, corpusAbsent, readCorpusCommits } from '../helpers/corpus.js';
import { hookEnv, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const MARKER = '🤖 Generated with [Claude Code](https://claude.ai/code)';
const SIGNOFF = 'Signed-off-by: Test Person <test.person@example.org>';
const HUMAN = 'Co-authored-by: Claude Dupont <claude.dupont@example.org>';

function parseTrailers(message: string): string[] {
  return execFileSync('git', ['interpret-trailers', '--parse'], { input: message, encoding: 'utf8' }).split('\n').filter(Boolean);
}

let stripTemplate: TestRepo | undefined;

/** A repository with the strip policy and aiguard's hooks: `aiguard init` runs once, each test gets a copy. */
function stripRepo(): TestRepo {
  if (!stripTemplate) {
    stripTemplate = new TestRepo(TestRepo.init().dir, hookEnv());
    stripTemplate
      .write('.aiguardrc.json', JSON.stringify({ message: { onViolation: 'strip' } }))
      .add()
      .commit('Policy');
    expect(runCli(['init'], { cwd: stripTemplate.dir, env: hookEnv() }).code).toBe(0);
  }
  return stripTemplate.copy(hookEnv());
}

function commitWith(repo: TestRepo, message: string, env = hookEnv()) {
  const file = join(tempDir(), 'message');
  writeFileSync(file, message);
  return runGit(repo, ['commit', '--allow-empty', '-F', file], { env });
}

describe('strip mode: commit-msg removes AI lines and lets the commit through', () => {
  const cases: [string, string, string][] = [
    [
      'Claude Code footer and trailer',
      `Fix parser\n\nHandle empty input.\n\n${MARKER}\n\n${TRAILER}\n`,
      'Fix parser\n\nHandle empty input.\n',
    ],
    ['trailer between human trailers', `Fix parser\n\n${HUMAN}\n${TRAILER}\n${SIGNOFF}\n`, `Fix parser\n\n${HUMAN}\n${SIGNOFF}\n`],
    ['footer in the trailer block', `Fix parser\n\nBody.\n\n${MARKER}\n${TRAILER}\n${SIGNOFF}\n`, `Fix parser\n\nBody.\n\n${SIGNOFF}\n`],
    [
      'session link and other model name',
      'Fix parser\n\nhttps://claude.ai/code/session_01QpYmSoWsmcQFYapvscKSwy\n\nCo-authored-by: Claude Opus 4.5 <noreply@anthropic.com>\n',
      'Fix parser\n',
    ],
  ];
  for (const [name, message, expected] of cases) {
    it(name, () => {
      const repo = stripRepo();
      const commit = commitWith(repo, message);
      expect(commit.code).toBe(0);
      expect(commit.stderr).toContain('aiguard: removed');
      expect(commit.stderr).not.toContain('refused');
      const recorded = repo.git('log', '-1', '--format=%B').replace(/\n+$/, '\n');
      expect(recorded).toBe(expected);
      const removed = parseTrailers(message).filter((trailer) => !parseTrailers(recorded).includes(trailer));
      expect(parseTrailers(recorded)).toEqual(parseTrailers(message).filter((trailer) => !removed.includes(trailer)));
      expect(removed.every((trailer) => /noreply@anthropic\.com|claude\.ai/.test(trailer))).toBe(true);
    });
  }

  it('never leaves an empty message: a message of nothing but AI lines is refused', () => {
    const repo = stripRepo();
    const before = repo.git('rev-parse', 'HEAD');
    const commit = commitWith(repo, `${TRAILER}\n\n${MARKER}\n`);
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain('aiguard: commit refused');
    expect(repo.git('rev-parse', 'HEAD')).toBe(before);
  });

  it('the environment still refuses: it cannot be stripped', () => {
    const repo = stripRepo();
    const before = repo.git('rev-parse', 'HEAD');
    const commit = commitWith(repo, `Fix\n\n${TRAILER}\n`, hookEnv({ CLAUDECODE: '1' }));
    expect(commit.code).not.toBe(0);
    expect(commit.stderr).toContain('found: CLAUDECODE=1');
    expect(repo.git('rev-parse', 'HEAD')).toBe(before);
  });

  it('block mode (the default) refuses the same message', () => {
    const repo = new TestRepo(TestRepo.init().dir, hookEnv());
    repo.write('README.md', 'x\n').add().commit('Init');
    runCli(['init'], { cwd: repo.dir, env: hookEnv() });
    expect(commitWith(repo, `Fix\n\n${TRAILER}\n`).code).not.toBe(0);
  });
});

describe('aiguard fix-message FILE', () => {
  it('rewrites the file, keeps comments, the scissors part and every other trailer', () => {
    const dir = tempDir();
    const file = join(dir, 'COMMIT_EDITMSG');
    const tail =
      '# Please enter the commit message.\n# ------------------------ >8 ------------------------\n' +
      '+Co-Authored-By: Claude <noreply@anthropic.com>\n';
    writeFileSync(file, `Fix\n\n${MARKER}\n\n${TRAILER}\n${SIGNOFF}\n\n${tail}`);
    const result = runCli(['fix-message', file], { cwd: dir, env: hookEnv() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`aiguard: removed: ${MARKER}\naiguard: removed: ${TRAILER}\n`);
    expect(readFileSync(file, 'utf8')).toBe(`Fix\n\n${SIGNOFF}\n\n${tail}`);
  });

  it('--dry-run prints and leaves the file alone; a clean file is left as it is', () => {
    const dir = tempDir();
    const file = join(dir, 'msg');
    writeFileSync(file, `Fix\n\n${TRAILER}\n`);
    const result = runCli(['fix-message', '--dry-run', file], { cwd: dir, env: hookEnv() });
    expect(result).toMatchObject({ code: 0, stdout: 'Fix\n' });
    expect(readFileSync(file, 'utf8')).toBe(`Fix\n\n${TRAILER}\n`);
    writeFileSync(file, `Fix\n\n${HUMAN}\n`);
    expect(runCli(['fix-message', file], { cwd: dir, env: hookEnv() })).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(file, 'utf8')).toBe(`Fix\n\n${HUMAN}\n`);
  });

  it('exits 1 and changes nothing when only AI lines would remain', () => {
    const dir = tempDir();
    const file = join(dir, 'msg');
    writeFileSync(file, `${MARKER}\n\n${TRAILER}\n# a comment\n`);
    const result = runCli(['fix-message', file], { cwd: dir, env: hookEnv() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not changed: nothing but AI lines would be left');
    expect(readFileSync(file, 'utf8')).toBe(`${MARKER}\n\n${TRAILER}\n# a comment\n`);
  });
});

describe.skipIf(corpusAbsent(CORPUS_COMMITS))('strip mode on real Claude Code messages (corpus)', () => {
  it('removes only AI trailers: interpret-trailers of the result is the original minus what was removed', async () => {
    const { stripMessage } = await import('../../src/fix/strip-message.js');
    const { loadEngine } = await import('../../src/pipeline.js');
    const engine = await loadEngine({});
    const messages = readCorpusCommits()
      .map((row) => row.message)
      .filter((message) => /noreply@anthropic\.com|Generated with \[Claude Code\]/.test(message))
      .slice(0, 150);
    expect(messages.length).toBeGreaterThan(20);
    let stripped = 0;
    for (const message of messages) {
      const result = await stripMessage(message, engine);
      if (result.removed.length === 0) continue;
      stripped++;
      const before = parseTrailers(message);
      const after = parseTrailers(result.message);
      const removedTrailers = before.filter((trailer) => !after.includes(trailer));
      const expected = before.filter((trailer) => !removedTrailers.includes(trailer));
      if (before.length > 0 && removedTrailers.length === before.length) {
        // The AI lines were the whole trailer block: git now reads the paragraph before it, whose lines were all there already.
        const originalLines = message.split('\n').map((line) => line.trim());
        for (const trailer of after) expect(originalLines, trailer).toContain(trailer);
      } else {
        expect(after, message).toEqual(expected);
      }
      for (const trailer of removedTrailers)
        expect(
          result.removed.some((line) => line.includes(trailer.split(': ').slice(1).join(': ').trim())),
          trailer,
        ).toBe(true);
      expect(result.message).not.toMatch(/noreply@anthropic\.com/);
      expect(result.message.trim()).not.toBe('');
    }
    expect(stripped).toBeGreaterThan(20);
  });
});
