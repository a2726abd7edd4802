// The scope judges the remotes its caller hands it: a plain function over a list, no git.
import { describe, expect, it } from 'vitest';
import { checkScope } from '../../src/policy/scope.js';
import { defaultPolicy } from '../../src/config/merge-config.js';
import type { Policy } from '../../src/policy/policy.js';

const policy = (scope: Policy['scope']): Policy => ({ ...defaultPolicy(), name: 'ACME ban', scope });
const origin = (url: string) => [{ name: 'origin', url }];

describe('checkScope over a list of remotes', () => {
  it('covers a repository whose remote matches, and names the remote and the pattern when it does not', async () => {
    const acme = policy({ remotes: ['github.com/acme-in/*'] });
    expect(await checkScope(acme, origin('git@github.com:acme-in/x.git'))).toBeUndefined();
    expect(await checkScope(acme, origin('https://github.com/other/x'))).toBe(
      'aiguard: this repository is not covered by ACME ban (origin github.com/other/x; scope.remotes: github.com/acme-in/*)',
    );
  });

  it('picks scope.remote, else origin, else any remote', async () => {
    const remotes = [
      { name: 'fork', url: 'https://github.com/other/x' },
      { name: 'upstream', url: 'https://github.com/acme-in/x' },
    ];
    expect(await checkScope(policy({ remotes: ['github.com/acme-in/*'] }), remotes)).toBeUndefined();
    const fork = policy({ remotes: ['github.com/acme-in/*'], remote: 'fork' });
    expect(await checkScope(fork, remotes)).toMatch(/\(fork github\.com\/other\/x;/);
    expect(await checkScope(policy({ remotes: ['github.com/other/*'] }), [...remotes, ...origin('https://github.com/acme-in/y')])).toMatch(
      /\(origin github\.com\/acme-in\/y;/,
    );
  });

  it('covers a repository whose remotes could not be read, unless the policy says skip', async () => {
    expect(await checkScope(policy({ remotes: ['github.com/acme-in/*'] }), undefined)).toBeUndefined();
    expect(await checkScope(policy({ remotes: ['github.com/acme-in/*'], unknownRemote: 'skip' }), undefined)).toBe(
      'aiguard: this repository is not covered by ACME ban (its remotes cannot be read; scope.unknownRemote: skip)',
    );
  });

  it("takes the server's URL instead of remotes", async () => {
    expect(await checkScope(policy({ remotes: ['github.com/acme-in/*'] }), undefined, { remoteUrl: 'https://github.com/other/z' })).toMatch(
      /\(url github\.com\/other\/z;/,
    );
  });
});
