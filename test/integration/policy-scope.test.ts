import { afterAll, describe, expect, it } from 'vitest';
import { normaliseRemoteUrl } from '../../src/policy/remote-url.js';
import { checkScope, type ScopeOptions } from '../../src/policy/scope.js';
import { readRemotes } from '../../src/git/remotes.js';
import type { Policy } from '../../src/policy/policy.js';
import { defaultPolicy } from '../../src/config/merge-config.js';
import { TestRepo, cleanupTempDirs, runCli } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('remote URLs normalise to host/path', () => {
  const same = [
    'git@github.com:acme-in/x.git',
    'git@github.com:acme-in/x',
    'https://github.com/acme-in/x',
    'https://github.com/acme-in/x.git',
    'https://github.com/acme-in/x/',
    'https://github.com/acme-in/x.git/',
    'https://user:s3cret@github.com/acme-in/x.git',
    'https://GitHub.COM/acme-in/x',
    'https://github.com:443/acme-in/x',
    'http://github.com/acme-in/x',
    'ssh://git@github.com:22/acme-in/x.git',
    'ssh://git@github.com/acme-in/x.git',
    'git+ssh://git@github.com/acme-in/x.git',
    'git://github.com/acme-in/x.git',
    'github.com:acme-in/x.git',
    'git@github.com:/acme-in/x.git',
    '  https://github.com//acme-in/x  ',
  ];
  for (const url of same) it(url.trim(), () => expect(normaliseRemoteUrl(url)).toBe('github.com/acme-in/x'));

  it('keeps nested groups and the path case', () => {
    expect(normaliseRemoteUrl('git@gitlab.example.com:Team/Sub/Repo.git')).toBe('gitlab.example.com/Team/Sub/Repo');
  });
  it('reads local paths and file URLs as paths', () => {
    expect(normaliseRemoteUrl('/srv/git/x.git')).toBe('/srv/git/x');
    expect(normaliseRemoteUrl('file:///srv/git/x.git/')).toBe('/srv/git/x');
    expect(normaliseRemoteUrl('../x.git')).toBe('../x');
  });
  it('does not take a different organisation for this one', () => {
    expect(normaliseRemoteUrl('https://github.com/acme-in-evil/x')).not.toBe('github.com/acme-in/x');
    expect(normaliseRemoteUrl('https://acme-in@evil.example/acme-in/x')).toBe('evil.example/acme-in/x');
  });
});

/** checkScope over the remotes git lists for the repository at dir, read the way its callers read them. */
async function scopeIn(dir: string, policy: Policy, options?: ScopeOptions): Promise<string | undefined> {
  return checkScope(policy, await readRemotes({ cwd: dir }), options);
}

function scoped(scope: Policy['scope'], name?: string): Policy {
  return { ...defaultPolicy(), scope, name };
}

describe('checkScope', () => {
  const repo = TestRepo.init();
  repo.git('remote', 'add', 'origin', 'git@github.com:acme-in/x.git');
  repo.git('remote', 'add', 'fork', 'https://github.com/someone/x');

  it('covers every repository without scope.remotes', async () => {
    expect(await scopeIn(repo.dir, scoped(undefined))).toBeUndefined();
    expect(await scopeIn(repo.dir, scoped({ remotes: [] }))).toBeUndefined();
  });
  it('covers the repository whose origin matches, whatever form the glob is written in', async () => {
    expect(await scopeIn(repo.dir, scoped({ remotes: ['github.com/acme-in/*'] }))).toBeUndefined();
    expect(await scopeIn(repo.dir, scoped({ remotes: ['https://github.com/acme-in/*'] }))).toBeUndefined();
    expect(await scopeIn(repo.dir, scoped({ remotes: ['github.com/ACME-IN/*'] }))).toBeUndefined();
  });
  it('reads origin by default, not the other remotes', async () => {
    const line = await scopeIn(repo.dir, scoped({ remotes: ['github.com/someone/*'] }, 'Acme ban'));
    expect(line).toBe(
      'aiguard: this repository is not covered by Acme ban (origin github.com/acme-in/x; scope.remotes: github.com/someone/*)',
    );
  });
  it('reads the remote scope.remote names', async () => {
    expect(await scopeIn(repo.dir, scoped({ remotes: ['github.com/someone/*'], remote: 'fork' }))).toBeUndefined();
    expect(await scopeIn(repo.dir, scoped({ remotes: ['github.com/acme-in/*'], remote: 'fork' }))).toMatch(
      /not covered .*fork github\.com\/someone\/x/,
    );
    // A remote that is not there cannot place the repository outside: covered, unless the policy says skip.
    expect(await scopeIn(repo.dir, scoped({ remotes: ['github.com/acme-in/*'], remote: 'upstream' }))).toBeUndefined();
    const skipping = scoped({ remotes: ['github.com/acme-in/*'], remote: 'upstream', unknownRemote: 'skip' });
    expect(await scopeIn(repo.dir, skipping)).toMatch(/\(no remote named upstream; scope.unknownRemote: skip\)$/);
  });
  it('reads any remote when there is no origin', async () => {
    const other = TestRepo.init();
    other.git('remote', 'add', 'upstream', 'ssh://git@github.com:22/acme-in/y.git');
    expect(await scopeIn(other.dir, scoped({ remotes: ['github.com/acme-in/*'] }))).toBeUndefined();
  });
  it('a repository without any remote is covered (fail closed); skipped only where the policy says so', async () => {
    const bare = TestRepo.init();
    expect(await scopeIn(bare.dir, scoped({ remotes: ['github.com/acme-in/*'] }))).toBeUndefined();
    expect(await scopeIn(bare.dir, scoped({ remotes: ['github.com/acme-in/*'], unknownRemote: 'cover' }))).toBeUndefined();
    expect(await scopeIn(bare.dir, scoped({ remotes: ['github.com/acme-in/*'], unknownRemote: 'skip' }))).toBe(
      'aiguard: this repository is not covered by the aiguard policy (no remote; scope.unknownRemote: skip)',
    );
    expect(
      await scopeIn(bare.dir, scoped({ remotes: ['github.com/acme-in/*'] }), { remoteUrl: 'https://github.com/acme-in/z' }),
    ).toBeUndefined();
  });
  it('a remote whose URL reads as nothing cannot place the repository outside', async () => {
    const blank = TestRepo.init();
    blank.git('config', 'remote.origin.url', '  ');
    const policy = scoped({ remotes: ['github.com/acme-in/*'] });
    expect(await scopeIn(blank.dir, policy)).toBeUndefined();
    expect(await scopeIn(blank.dir, { ...policy, scope: { ...policy.scope, unknownRemote: 'skip' } })).toMatch(/\(no remote; /);
  });
  it('applies url.<base>.insteadOf as git does', async () => {
    const short = TestRepo.init();
    short.git('config', 'url.git@github.com:acme-in/.insteadOf', 'acme:');
    short.git('remote', 'add', 'origin', 'acme:x');
    expect(await scopeIn(short.dir, scoped({ remotes: ['github.com/acme-in/*'] }))).toBeUndefined();
  });
  it('* stays inside one path segment; ** crosses groups', async () => {
    const nested = TestRepo.init();
    nested.git('remote', 'add', 'origin', 'git@gitlab.com:acme-in/team/x.git');
    expect(await scopeIn(nested.dir, scoped({ remotes: ['gitlab.com/acme-in/*'] }))).toMatch(/not covered/);
    expect(await scopeIn(nested.dir, scoped({ remotes: ['gitlab.com/acme-in/**'] }))).toBeUndefined();
  });
});

describe('aiguard scan outside the scope', () => {
  const repo = TestRepo.init();
  repo.git('remote', 'add', 'origin', 'https://token@github.com/other-org/x.git');
  repo.write('CLAUDE.md', 'notes\n').add().commit('init');

  it('exits 0 with one line on stderr naming the policy, the remote and the pattern', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ name: 'Acme AI ban', scope: { remotes: ['github.com/acme-in/*'] } }));
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'aiguard: this repository is not covered by Acme AI ban (origin github.com/other-org/x; scope.remotes: github.com/acme-in/*)\n',
    );
  });
  it('keeps stdout free for machine formats', () => {
    const result = runCli(['scan', '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/not covered by Acme AI ban/);
  });
  it('scans (and blocks) inside the scope', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ name: 'Acme AI ban', scope: { remotes: ['github.com/other-org/*'] } }));
    expect(runCli(['scan'], { cwd: repo.dir }).code).toBe(1);
  });
  it('an empty glob is a config error', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ scope: { remotes: [' '] } }));
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.json: scope.remotes[0]: empty glob\n');
  });
  it('an unknown scope key is a config error', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ scope: { remote: 'origin', remotse: [] } }));
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.json: scope.remotse: unknown key\n');
  });
});
