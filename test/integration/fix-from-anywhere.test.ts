// The fix a refusal prints works as printed from the folder the person is in: a subfolder of the work tree,
// a first (root) commit, a commit a CI run found. Each test runs the printed command in a real shell.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupTempDirs, runCli } from '../helpers/git-repo.js';
import { CO_AUTHOR, githubEnv, pullRequestPayload } from '../helpers/ci-case.js';
import { hookEnv, repoWithRemote, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

/** The command after `fix:` (and after the rule's prose up to its `: `), as a person would copy it. */
function printedFix(output: string, starts: RegExp): string {
  const commandOf = (line: string) =>
    line
      .replace(/^\s*(fix|and):\s*/, '')
      .replace(/^[^:]*: (?=git |aiguard )/, '')
      .replace(/\s+\(or set .*\)$/, '')
      .replace(/\s+#.*$/, '');
  const line = output.split('\n').find((candidate) => /^\s*(fix|and):/.test(candidate) && starts.test(commandOf(candidate)));
  expect(line, output).toBeDefined();
  return commandOf(line!);
}

function shell(command: string, cwd: string): void {
  const result = spawnSync('bash', ['-c', command], { cwd, env: hookEnv(), encoding: 'utf8' });
  expect(result.status, `${command}\n${result.stderr}`).toBe(0);
}

function initialised(files: Record<string, string> = { 'README.md': 'hello\n' }, message = 'Initial commit') {
  const { repo, remote } = repoWithRemote();
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  repo.add().commit(message);
  expect(runCli(['init'], { cwd: repo.dir, env: hookEnv() }).code).toBe(0);
  const sub = join(repo.dir, 'src/deep');
  mkdirSync(sub, { recursive: true });
  return { repo, remote, sub };
}

describe('from a subfolder of the work tree', () => {
  it('scan: the git rm of a committed CLAUDE.md works from src/deep', () => {
    const { repo, sub } = initialised({ 'README.md': 'hello\n', 'CLAUDE.md': 'x\n' });
    const result = runCli(['scan'], { cwd: sub, env: hookEnv() });
    expect(result.code).toBe(1);
    shell(printedFix(result.stdout, /^git rm /), sub);
    expect(repo.git('ls-files', 'CLAUDE.md')).toBe('');
  });

  it("pre-commit: the refusal's git rm works from the folder git commit ran in", () => {
    const { repo, sub } = initialised();
    repo.write('CLAUDE.md', 'x\n').add();
    const refused = runGit(sub, ['commit', '-m', 'Add notes']);
    expect(refused.code).not.toBe(0);
    shell(printedFix(refused.stderr, /^git rm /), sub);
    expect(repo.git('diff', '--cached', '--name-only')).toBe('');
  });

  it('commit-msg: fix-message and the commit again work from the subfolder', () => {
    const { repo, sub } = initialised();
    repo.write('src/deep/b.txt', 'b\n').add();
    const refused = runGit(sub, ['commit', '-m', 'Add b', '-m', CO_AUTHOR]);
    expect(refused.code).not.toBe(0);
    shell(printedFix(refused.stderr, /^aiguard fix-message /), sub);
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe('Add b');
  });
});

describe('commits already made', () => {
  it('pre-push of a first commit: the rewrite says --root, works from a subfolder, and the push then passes', () => {
    const { repo, sub } = initialised({ 'README.md': 'hello\n' }, `Initial commit\n\n${CO_AUTHOR}`);
    const refused = runGit(repo, ['push', 'origin', 'HEAD:refs/heads/main']);
    expect(refused.code).not.toBe(0);
    const fix = printedFix(refused.stderr, /^git -c sequence\.editor/);
    expect(fix).toMatch(/ rebase -i --root$/);
    shell(fix, sub);
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe('Initial commit');
    expect(runGit(repo, ['push', '-q', 'origin', 'HEAD:refs/heads/main']).code).toBe(0);
  });

  it('pre-push of a later commit: the rewrite starts at its parent', () => {
    const { repo, sub } = initialised();
    const bad = repo.write('c.txt', 'c\n').add().commit(`Add c\n\n${CO_AUTHOR}\n`);
    const refused = runGit(repo, ['push', 'origin', 'HEAD:refs/heads/main']);
    expect(refused.code).not.toBe(0);
    const fix = printedFix(refused.stderr, /^git -c sequence\.editor/);
    expect(fix).toMatch(new RegExp(` rebase -i ${bad.slice(0, 12)}\\^$`));
    shell(fix, sub);
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe('Add c');
    expect(repo.git('log', '-1', '--format=%B', 'HEAD~1').trim()).toBe('Initial commit');
  });

  it('a path committed earlier: edit each commit, git rm from the top, continue', () => {
    const { repo } = initialised();
    repo.write('CLAUDE.md', 'x\n').add().commit('Sneak it in');
    const refused = runGit(repo, ['push', 'origin', 'HEAD:refs/heads/main']);
    expect(refused.code).not.toBe(0);
    const atEachStop = 'git rm -r -q --cached --ignore-unmatch :/CLAUDE.md && git commit --amend --no-edit && git rebase --continue';
    expect(refused.stderr).toContain(atEachStop);
  });

  it('CI: the fix for a commit message of the pull request rewrites it in the clone, and the run then passes', () => {
    const { repo, sub } = initialised();
    const base = repo.git('rev-parse', 'HEAD').trim();
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.write('d.txt', 'd\n').add().commit(`Add d\n\n${CO_AUTHOR}\n`);
    const run = runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    expect(run.code).toBe(1);
    shell(printedFix(run.stdout, /^git -c sequence\.editor/), sub);
    const rewritten = repo.git('rev-parse', 'HEAD').trim();
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe('Add d');
    expect(runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload(base, rewritten)) }).code).toBe(0);
  });
});
