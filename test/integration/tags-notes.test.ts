// Objects beyond commits: annotated tag messages and taggers, git notes, and replace refs — built with real git,
// scanned by scan --all, and refused by the real pre-push and pre-receive hooks.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, TestRepo, cleanupTempDirs, runCliAsync, runJson, runJsonAsync } from '../helpers/git-repo.js';
import { hookEnv, remoteRefs, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';
const CLAUDE = { GIT_COMMITTER_NAME: 'Claude', GIT_COMMITTER_EMAIL: 'noreply@anthropic.com' };

type Finding = Record<string, unknown>;
const placed = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId} @ ${finding.field}`).sort();

function git(repo: TestRepo, args: string[], env: Record<string, string> = {}): void {
  const result = runGit(repo, args, { env: { ...repo.env, ...env } });
  if (result.code !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

let initial: TestRepo | undefined;

/** One clean commit, built once: each use gets its own copy. */
function clean(): TestRepo {
  if (!initial) {
    initial = new TestRepo(TestRepo.init().dir, hookEnv());
    initial.write('README.md', 'hello\n').add().commit('Initial commit');
  }
  return initial.copy();
}

describe('annotated tags in scan --all', () => {
  it('a tag message with the trailer and a tag by Claude’s identity are found; a lightweight or clean tag is not', async () => {
    const repo = clean();
    git(repo, ['tag', '-a', 'v1.0', '-m', `Release 1.0\n\n${TRAILER}\n`]);
    git(repo, ['tag', '-a', 'v1.1', '-m', 'Release 1.1'], CLAUDE);
    git(repo, ['tag', 'light']);
    const twin = clean();
    git(twin, ['tag', '-a', 'v1.0', '-m', 'Release 1.0']);
    git(twin, ['tag', 'light']);
    const [{ code, report }, twinScan] = await Promise.all([
      runJsonAsync(['scan', '--all'], { cwd: repo.dir }),
      runCliAsync(['scan', '--all'], { cwd: twin.dir }),
    ]);
    expect(code).toBe(1);
    const expected = ['claude-code/anthropic-identity @ tagger of tag v1.1', 'claude-code/co-author-trailer @ tag v1.0'];
    expect(placed(report.findings)).toEqual(expected);
    expect(report.findings.every((finding) => finding.commit === undefined)).toBe(true);
    expect(twinScan.code).toBe(0);
  });

  it('a tag of a tag: the inner message is read even when only the outer tag has a ref', () => {
    const repo = clean();
    git(repo, ['tag', '-a', 'inner', '-m', `Inner\n\n${TRAILER}\n`]);
    git(repo, ['tag', '-a', 'outer', '-m', 'Outer', 'inner']);
    git(repo, ['tag', '-d', 'inner']);
    expect(repo.git('for-each-ref', '--format=%(refname)', 'refs/tags').trim()).toBe('refs/tags/outer');
    const { report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(placed(report.findings)).toEqual(['claude-code/co-author-trailer @ tag inner']);
  });

  it('the text report says which tag', async () => {
    const repo = clean();
    git(repo, ['tag', '-a', 'v2', '-m', `Release\n\n${TRAILER}\n`]);
    const result = await runCliAsync(['scan', '--all'], { cwd: repo.dir });
    expect(result.stdout).toContain('tag v2 line 3');
  });
});

describe('git notes in scan --all', () => {
  it('a note with the trailer, on the default and on another notes ref, is found; a clean note is not', async () => {
    const repo = clean();
    const tip = repo.write('a.txt', 'a\n').add().commit('Add a');
    git(repo, ['notes', 'add', '-m', `Reviewed\n\n${TRAILER}`, tip]);
    git(repo, ['notes', '--ref=review', 'add', '-m', 'Generated with [Claude Code](https://claude.ai/code)', 'HEAD~1']);
    const twin = clean();
    git(twin, ['notes', 'add', '-m', 'Reviewed by a person', 'HEAD']);
    const [{ code, report }, twinScan] = await Promise.all([
      runJsonAsync(['scan', '--all'], { cwd: repo.dir }),
      runCliAsync(['scan', '--all'], { cwd: twin.dir }),
    ]);
    expect(code).toBe(1);
    const notes = report.findings.filter((finding) => String(finding.field).startsWith('note'));
    expect(placed(notes)).toEqual([
      `claude-code/co-author-trailer @ note (commits) on ${tip.slice(0, 12)}`,
      `claude-code/generated-with-marker @ note (review) on ${repo.git('rev-parse', 'HEAD~1').trim().slice(0, 12)}`,
    ]);
    expect(twinScan.code).toBe(0);
  });

  it('notes in a fanned-out notes tree (ab/cdef…) are read', () => {
    const repo = clean();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(repo.write(`f${i}.txt`, `${i}\n`).add().commit(`Commit ${i}`));
    for (const id of ids) git(repo, ['notes', 'add', '-m', id === ids[1] ? TRAILER : 'fine', id]);
    // Rebuild the notes tree with a two-character fan-out, as git does once a notes tree grows large.
    const entries = repo
      .git('ls-tree', 'refs/notes/commits')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/));
    const fanned = entries.map(([, , blob, name]) => {
      const subtree = withInput(repo, ['mktree'], `100644 blob ${blob}\t${name!.slice(2)}\n`);
      return `040000 tree ${subtree}\t${name!.slice(0, 2)}\n`;
    });
    const tree = withInput(repo, ['mktree'], fanned.join(''));
    const commit = withInput(repo, ['commit-tree', tree, '-p', 'refs/notes/commits'], 'Fan out\n');
    git(repo, ['update-ref', 'refs/notes/commits', commit]);
    expect(repo.git('notes', 'show', ids[1]!)).toContain('Claude');
    const { report } = runJson(['scan', '--all'], { cwd: repo.dir });
    const notes = report.findings.filter((finding) => String(finding.field).startsWith('note'));
    expect(placed(notes)).toEqual([`claude-code/co-author-trailer @ note (commits) on ${ids[1]!.slice(0, 12)}`]);
  });
});

function withInput(repo: TestRepo, args: string[], input: string): string {
  return execFileSync('git', args, { cwd: repo.dir, env: repo.env, input, encoding: 'utf8' }).trim();
}

/** A bare server with the real pre-receive hook, and a clone with the real pre-push hook. */
function serverAndClone(hooks = true): { bare: TestRepo; clone: TestRepo } {
  const bare = TestRepo.init({ bare: true });
  const clone = clean();
  clone.git('push', '-q', bare.dir, 'main');
  clone.git('remote', 'add', 'origin', bare.dir);
  clone.git('fetch', '-q', 'origin');
  if (hooks) installHooks(bare, clone);
  return { bare, clone };
}

function installHooks(bare: TestRepo, clone: TestRepo): void {
  installHook('pre-receive', join(bare.dir, 'hooks'));
  installHook('pre-push', join(clone.dir, '.git/hooks'));
}

describe('pushing tags, notes and replace refs (the real pre-push and pre-receive hooks)', () => {
  for (const hook of ['pre-push', 'pre-receive'] as const) {
    // --no-verify skips pre-push, so that pre-receive alone judges.
    const skip = hook === 'pre-receive' ? ['--no-verify'] : [];
    const push = (clone: TestRepo, refspec: string) => runGit(clone, ['push', ...skip, 'origin', refspec]);

    it(`${hook}: an annotated tag with the trailer is refused; a clean one is accepted`, () => {
      const { bare, clone } = serverAndClone();
      git(clone, ['tag', '-a', 'bad', '-m', `Release\n\n${TRAILER}\n`]);
      const refused = push(clone, 'refs/tags/bad');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('tag bad line 3');
      expect(remoteRefs(bare)).not.toContain('refs/tags/bad');
      git(clone, ['tag', '-a', 'good', '-m', 'Release']);
      expect(push(clone, 'refs/tags/good').code).toBe(0);
      expect(remoteRefs(bare)).toContain('refs/tags/good');
    });

    it(`${hook}: a tag whose tagger is Claude is refused`, () => {
      const { bare, clone } = serverAndClone();
      git(clone, ['tag', '-a', 'v1', '-m', 'Release'], CLAUDE);
      const refused = push(clone, 'refs/tags/v1');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('tagger of tag v1');
      expect(remoteRefs(bare)).not.toContain('refs/tags/v1');
    });

    it(`${hook}: notes with the trailer are refused, clean notes pass, notes already on the server are not judged again`, () => {
      const { bare, clone } = serverAndClone();
      const tip = clone.write('a.txt', 'a\n').add().commit('Add a');
      expect(push(clone, 'main').code).toBe(0);
      git(clone, ['notes', 'add', '-m', `Reviewed\n\n${TRAILER}`, tip]);
      const refused = push(clone, 'refs/notes/commits');
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain(`note (commits) on ${tip.slice(0, 12)}`);
      expect(remoteRefs(bare)).not.toContain('refs/notes/commits');
      git(clone, ['notes', 'add', '-f', '-m', 'Reviewed', tip]);
      expect(push(clone, 'refs/notes/commits').code).toBe(0);
      expect(remoteRefs(bare)).toContain('refs/notes/commits');

      // A note that reached the server before aiguard guarded it is old news: a push adding another note passes.
      const old = serverAndClone(false);
      git(old.clone, ['notes', 'add', '-m', `Old\n\n${TRAILER}`, 'HEAD']);
      git(old.clone, ['push', '-q', 'origin', 'refs/notes/commits']);
      git(old.clone, ['fetch', '-q', 'origin']);
      installHooks(old.bare, old.clone);
      const next = old.clone.write('b.txt', 'b\n').add().commit('Add b');
      expect(push(old.clone, 'main').code).toBe(0);
      git(old.clone, ['notes', 'add', '-m', 'Reviewed', next]);
      const added = push(old.clone, 'refs/notes/commits');
      expect([added.code, added.stderr]).toEqual([0, expect.not.stringContaining('Old')]);
    });

    it(`${hook}: a replace ref is refused (aiguard/replace-ref); the same push without it is accepted`, () => {
      const { bare, clone } = serverAndClone();
      const tip = clone.write('a.txt', 'a\n').add().commit('Add a');
      const other = clone.git('commit-tree', '-p', 'HEAD~1', '-m', 'Add a', `${tip}^{tree}`).trim();
      git(clone, ['replace', tip, other]);
      const refused = push(clone, `refs/replace/${tip}`);
      expect(refused.code).not.toBe(0);
      expect(refused.stderr).toContain('aiguard/replace-ref');
      expect(remoteRefs(bare)).not.toContain('refs/replace/');
      expect(push(clone, 'main').code).toBe(0);
    });
  }
});

describe('replace refs in scan --all', () => {
  it('a repository holding a replace ref gets the finding; one without passes', async () => {
    const repo = clean();
    const tip = repo.write('a.txt', 'a\n').add().commit('Add a');
    git(repo, ['replace', tip, repo.git('commit-tree', '-p', 'HEAD~1', '-m', 'Add a', `${tip}^{tree}`).trim()]);
    const [{ code, report }, twinScan] = await Promise.all([
      runJsonAsync(['scan', '--all'], { cwd: repo.dir }),
      runCliAsync(['scan', '--all'], { cwd: clean().dir }),
    ]);
    expect(code).toBe(1);
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.evidence}`)).toEqual([`aiguard/replace-ref refs/replace/${tip}`]);
    expect(twinScan.code).toBe(0);
  });
});

/** A hook as installed: the stub and the shared runner it sources, side by side. */
function installHook(hook: string, hooksDir: string): void {
  for (const file of [hook, 'aiguard-runner.sh']) copyFileSync(join(PROJECT_ROOT, 'hooks', file), join(hooksDir, file));
}
