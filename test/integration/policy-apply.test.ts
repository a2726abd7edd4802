import { afterAll, describe, expect, it } from 'vitest';
import { applyPolicy } from '../../src/policy/apply-policy.js';
import type { Config } from '../../src/policy/policy.js';
import { defaultPolicy, mergeConfig } from '../../src/config/merge-config.js';
// The built module: it finds schema/ relative to dist/, as the installed package does.
import { resolvePolicy } from '../../src/config/resolve-policy.js';
import type { Verdict } from '../../src/types.js';
import { claudeMdVerdict } from '../helpers/verdicts.js';
import { TestRepo, cleanupTempDirs } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const finding = (extra: Partial<Verdict> = {}): Verdict =>
  claudeMdVerdict({ commit: 'c'.repeat(40), commitDate: '2024-01-01T00:00:00+00:00', ...extra });
const policy = (config: Config) => mergeConfig(defaultPolicy(), config);
const now = new Date('2026-01-15T12:00:00Z');
const baseline = { version: 2 as const, entries: [{ rule: 'claude-code/claude-md', path: 'CLAUDE.md' }] };

describe('applyPolicy order: ignore → levels → baseline → allow → effective date', () => {
  it('ignore drops a finding before anything else sees it', async () => {
    const result = await applyPolicy([finding({ path: 'vendor/CLAUDE.md' })], policy({ allow: [{ paths: ['**'], reason: 'r' }] }), {
      gate: false,
      baseline,
      now,
    });
    expect(result).toEqual([]);
  });
  it('a rule switched off is dropped, whatever the exceptions', async () => {
    const result = await applyPolicy([finding()], policy({ rules: { 'claude-code/claude-md': 'off' } }), { gate: false, baseline, now });
    expect(result).toEqual([]);
  });
  it('baseline comes before allow', async () => {
    const [result] = await applyPolicy([finding()], policy({ allow: [{ paths: ['CLAUDE.md'], reason: 'r' }] }), {
      gate: false,
      baseline,
      now,
    });
    expect(result!.status).toBe('baselined');
  });
  it('allow comes before the effective date', async () => {
    const [result] = await applyPolicy(
      [finding()],
      policy({ effective: '2025-01-01', allow: [{ paths: ['CLAUDE.md'], reason: 'migration' }] }),
      { gate: false, now },
    );
    expect(result).toMatchObject({ status: 'allowed', note: 'allowed: migration' });
  });
  it('an expired entry leaves the finding to the effective date', async () => {
    const [result] = await applyPolicy(
      [finding()],
      policy({ effective: '2025-01-01', allow: [{ paths: ['CLAUDE.md'], reason: 'r', expires: '2026-01-14' }] }),
      { gate: false, now },
    );
    expect(result!.status).toBe('grandfathered');
  });
  it('levels set severity and status', async () => {
    const [result] = await applyPolicy([finding()], policy({ tools: { 'claude-code': 'warn' } }), { gate: true, now });
    expect(result).toMatchObject({ severity: 'warn', status: 'warning' });
  });
  it('at a gate the effective date does not apply, exceptions still do', async () => {
    const p = policy({ effective: '2025-01-01', allow: [{ paths: ['AGENTS.md'], reason: 'r' }] });
    const results = await applyPolicy([finding(), finding({ path: 'AGENTS.md', fingerprint: 'x' })], p, { gate: true, now });
    expect(results.map((f) => f.status)).toEqual(['blocking', 'allowed']);
  });
});

describe('untrusted checkouts (CI on a pull request)', () => {
  it('refuse a JavaScript policy reached through extends', async () => {
    const repo = TestRepo.init();
    repo.write('node_modules/evil-policy/package.json', JSON.stringify({ name: 'evil-policy', main: 'index.js' }));
    repo.write('node_modules/evil-policy/index.js', 'module.exports = {};\n');
    repo.write('.aiguardrc.json', JSON.stringify({ extends: 'evil-policy' }));
    await expect(resolvePolicy({ searchDir: repo.dir, allowCode: false })).rejects.toThrow(
      /evil-policy \(.*index\.js\): a JavaScript config is not loaded here \(untrusted checkout\)/,
    );
  });
  it('still read data policies through extends', async () => {
    const repo = TestRepo.init();
    repo.write('base.yaml', 'name: base\n');
    repo.write('.aiguardrc.json', JSON.stringify({ extends: './base.yaml' }));
    expect((await resolvePolicy({ searchDir: repo.dir, allowCode: false })).name).toBe('base');
  });
});
