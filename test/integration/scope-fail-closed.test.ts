// A scope never excludes a repository silently (issue 10.2): no remote means covered, unless the policy says skip.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli } from '../helpers/git-repo.js';
import { githubEnv } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

const SCOPED = { name: 'Acme ban', scope: { remotes: ['github.com/acme-in/*'] } };

/** A repository with CLAUDE.md committed and staged policy `config`, and the remote given (if any). */
function repoWith(config: object, remote?: string): TestRepo {
  const repo = TestRepo.init();
  if (remote) repo.git('remote', 'add', 'origin', remote);
  repo.write('.aiguardrc.json', JSON.stringify(config)).write('CLAUDE.md', 'notes\n').add().commit('init');
  return repo;
}

describe('a repository without a remote under a scoped policy', () => {
  it('scan covers it: blocks, and prints no "not covered" line', () => {
    const result = runCli(['scan'], { cwd: repoWith(SCOPED).dir });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('not covered');
  });
  it('a remote named by scope.remote that is not there covers it too', () => {
    const repo = repoWith({ scope: { ...SCOPED.scope, remote: 'upstream' } }, 'https://github.com/other/x');
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(1);
  });
  it('the pre-commit hook covers it', () => {
    const repo = repoWith(SCOPED);
    repo.write('AGENTS.md', 'x\n').write('.claude/settings.json', '{}\n').add();
    expect(runCli(['hook', 'pre-commit'], { cwd: repo.dir }).code).toBe(1);
  });
  it('ci covers it', () => {
    const repo = TestRepo.init();
    repo.write('.aiguardrc.json', JSON.stringify(SCOPED)).write('README.md', 'x\n');
    const base = repo.add().commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    const head = repo.write('CLAUDE.md', 'x\n').add().commit('notes');
    const pullRequest = { number: 1, title: 't', body: '', base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'feature' } };
    const payload = { pull_request: pullRequest, repository: { default_branch: 'main' } };
    const result = runCli(['ci'], { cwd: repo.dir, env: githubEnv('pull_request', payload) });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('not covered');
  });
  it('scope.unknownRemote: skip leaves it out, with one line on stderr naming why', () => {
    const repo = repoWith({ ...SCOPED, scope: { ...SCOPED.scope, unknownRemote: 'skip' } });
    const result = runCli(['scan', '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('aiguard: this repository is not covered by Acme ban (no remote; scope.unknownRemote: skip)\n');
  });
  it('a bad scope.unknownRemote is a config error naming the key', () => {
    const result = runCli(['scan'], { cwd: repoWith({ scope: { ...SCOPED.scope, unknownRemote: 'maybe' } }).dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.json: scope.unknownRemote: must be one of cover, skip\n');
  });
  it('config print shows the unknownRemote setting', () => {
    const text = runCli(['config', 'print'], { cwd: repoWith(SCOPED).dir }).stdout;
    expect(text).toMatch(/^scope\.unknownRemote: cover \(a repository without a readable remote is covered\) +# \.aiguardrc\.json$/m);
  });
});

describe('a repository whose remote is outside the scope', () => {
  it('scan prints one line on stderr naming the remote and the pattern, in text format too', () => {
    const result = runCli(['scan'], { cwd: repoWith(SCOPED, 'git@github.com:other-org/x.git').dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'aiguard: this repository is not covered by Acme ban (origin github.com/other-org/x; scope.remotes: github.com/acme-in/*)\n',
    );
  });
});

describe('aiguard init --policy writes a scope that covers this repository', () => {
  it('from the origin remote: its organisation, and says so', () => {
    const repo = TestRepo.init();
    repo.git('remote', 'add', 'origin', 'git@github.com:acme-in/service.git');
    const result = runCli(['init', '--policy'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote .aiguardrc.yaml, scope.remotes: github.com/acme-in/* (from origin github.com/acme-in/service)');
    expect(readFileSync(join(repo.dir, '.aiguardrc.yaml'), 'utf8')).toContain('    - "github.com/acme-in/*"\n');
    repo.write('CLAUDE.md', 'x\n');
    const scan = runCli(['scan'], { cwd: repo.dir });
    expect(scan.code).toBe(1);
    expect(scan.stderr).not.toContain('not covered');
  });
  it('without a remote: no scope (every repository is covered), never a placeholder that excludes it', () => {
    const repo = TestRepo.init();
    const result = runCli(['init', '--policy'], { cwd: repo.dir });
    expect(result.stdout).toContain('wrote .aiguardrc.yaml, no remote: no scope written, so every repository is covered');
    const text = readFileSync(join(repo.dir, '.aiguardrc.yaml'), 'utf8');
    expect(text).not.toMatch(/^scope:/m);
    expect(text).not.toContain('your-org/*"\n  ');
    repo.write('CLAUDE.md', 'x\n');
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(1);
    // The remote added later still finds the policy covering it.
    repo.git('remote', 'add', 'origin', 'https://github.com/anyone/x');
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(1);
  });
  it('a local-path remote is written as itself', () => {
    const repo = TestRepo.init();
    repo.git('remote', 'add', 'origin', '/srv/git/service.git');
    const result = runCli(['init', '--policy'], { cwd: repo.dir });
    expect(result.stdout).toContain('scope.remotes: /srv/git/service (from origin /srv/git/service)');
    repo.write('CLAUDE.md', 'x\n');
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(1);
  });
});
