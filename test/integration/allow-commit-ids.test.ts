// Allow entries name commits by full id only: a short prefix can be forged in minutes (issue 10.4).
import { afterAll, describe, expect, it } from 'vitest';
import { checkAllowEntries } from '../../src/config/check-allow-entries.js';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const TRAILER = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

describe('allow.commits in a real history', () => {
  const repo = TestRepo.init();
  const reviewed = repo.write('a.txt', 'a\n').add().commit(`Reviewed one${TRAILER}`);
  const later = repo.write('b.txt', 'b\n').add().commit(`Later one${TRAILER}`);
  const config = (commits: string[]) =>
    repo.write('.aiguardrc.json', JSON.stringify({ allow: [{ commits, reason: 'reviewed by the policy owners' }] }));

  it('a full id allows that commit and no other', () => {
    config([reviewed]);
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(1);
    const byCommit = Object.fromEntries(report.findings.map((f) => [f.commit, f.status]));
    expect(byCommit).toEqual({ [reviewed]: 'allowed', [later]: 'blocking' });
  });
  it('a prefix of it is refused with exit 2 naming the key, however long', () => {
    for (const prefix of [reviewed.slice(0, 7), reviewed.slice(0, 12), reviewed.slice(0, 39)]) {
      config([prefix]);
      const result = runCli(['scan', '--all'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^aiguard: \.aiguardrc\.json: allow\[0\]\.commits\[0\]: must match pattern /);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('checkAllowEntries (configs the schema does not see, such as presets built in code)', () => {
  it('refuses a prefix, naming the entry and the position', () => {
    expect(() => checkAllowEntries([{ rules: ['x/*'], commits: ['a'.repeat(40), 'abcdef0'], reason: 'r' }], 'policy.js')).toThrow(
      'policy.js: allow[0].commits[1]: not a full commit id (40 hex digits, 64 for SHA-256): abcdef0',
    );
  });
  it('takes 40 and 64 hex digits, in either case', () => {
    expect(() => checkAllowEntries([{ commits: ['A'.repeat(40), 'b'.repeat(64)], reason: 'r' }], 'policy.js')).not.toThrow();
  });
});
