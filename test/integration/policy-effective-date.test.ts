import { afterAll, describe, expect, it } from 'vitest';
import { applyEffectiveDate } from '../../src/policy/effective-date.js';
import { parseIsoDate } from '../../src/util/iso-date.js';
import type { Verdict } from '../../src/types.js';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

describe('parseIsoDate', () => {
  it('reads a bare date as UTC midnight', () => {
    expect(parseIsoDate('2025-06-01', 'effective').toISOString()).toBe('2025-06-01T00:00:00.000Z');
  });
  it('reads a date-time without offset as UTC, and honours an offset', () => {
    expect(parseIsoDate('2025-06-01T09:30', 'effective').toISOString()).toBe('2025-06-01T09:30:00.000Z');
    expect(parseIsoDate('2025-06-01T00:00:00+02:00', 'effective').toISOString()).toBe('2025-05-31T22:00:00.000Z');
    expect(parseIsoDate('2025-06-01T00:00:00-0500', 'effective').toISOString()).toBe('2025-06-01T05:00:00.000Z');
    expect(parseIsoDate('2025-06-01T12:00:00.250Z', 'effective').toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });
  for (const bad of ['2025-02-30', '2025-13-01', '2025-06-01T25:00', '2025-6-1', 'June 1st', '2025-06-01T10:00+2']) {
    it(`refuses ${bad}`, () => expect(() => parseIsoDate(bad, 'x.json: effective')).toThrow(/^x\.json: effective: not a/));
  }
});

function finding(commitDate: string | undefined, status: Verdict['status'] = 'blocking'): Verdict {
  return {
    ruleId: 'claude-code/claude-md',
    tool: 'claude-code',
    kind: 'path',
    severity: 'block',
    status,
    evidence: 'CLAUDE.md',
    fingerprint: 'f',
    commitDate,
    commit: commitDate ? 'a'.repeat(40) : undefined,
  };
}

describe('applyEffectiveDate', () => {
  const options = { effective: '2025-06-01', trustCommitDates: false, gate: false };
  const status = (date: string | undefined, extra: Partial<typeof options> = {}) =>
    applyEffectiveDate([finding(date)], { ...options, ...extra })[0]!.status;

  it('grandfathers a commit of the day before, not one of the same day', () => {
    expect(status('2025-05-31T23:59:59+00:00')).toBe('grandfathered');
    expect(status('2025-06-01T00:00:00+00:00')).toBe('blocking');
    expect(status('2025-06-01T18:00:00+00:00')).toBe('blocking');
  });
  it('compares instants: a commit made on 1 June at 01:00 in Berlin is 31 May in UTC', () => {
    expect(status('2025-06-01T01:00:00+02:00')).toBe('grandfathered');
    expect(status('2025-05-31T20:00:00-05:00')).toBe('blocking');
  });
  it('an offset in the effective date moves the boundary', () => {
    expect(status('2025-05-31T22:30:00+00:00', { effective: '2025-06-01T00:00:00+02:00' })).toBe('blocking');
  });
  it('never grandfathers at a gate (pre-push, pre-receive, ci on a PR) unless commit dates are trusted', () => {
    expect(status('2020-01-01T00:00:00+00:00', { gate: true })).toBe('blocking');
    expect(status('2020-01-01T00:00:00+00:00', { gate: true, trustCommitDates: true })).toBe('grandfathered');
  });
  it('leaves findings without a commit, and settled findings, alone', () => {
    expect(status(undefined)).toBe('blocking');
    expect(applyEffectiveDate([finding('2020-01-01T00:00:00Z', 'allowed')], options)[0]!.status).toBe('allowed');
  });
  it('keeps a finding whose date cannot be read', () => {
    expect(status('not a date')).toBe('blocking');
  });
});

describe('effective in a history scan', () => {
  const repo = TestRepo.init();
  const trailer = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';
  repo.write('a.txt', '1').add().commit(`old${trailer}`, { date: '2025-05-31T23:30:00+00:00' });
  repo.write('b.txt', '2').add().commit(`berlin morning${trailer}`, { date: '2025-06-01T01:00:00+02:00' });
  repo.write('c.txt', '3').add().commit(`same day${trailer}`, { date: '2025-06-01T00:00:00+00:00' });

  it('grandfathers the commits before the date and blocks the rest', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ effective: '2025-06-01' }));
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(1);
    const bySummary = Object.fromEntries(report.findings.map((f) => [f.commitSummary, f.status]));
    expect(bySummary).toEqual({ old: 'grandfathered', 'berlin morning': 'grandfathered', 'same day': 'blocking' });
    expect(report.findings.find((f) => f.commitSummary === 'old')!.note).toBe(
      "committed 2025-05-31T23:30:00+00:00, before the policy's effective date 2025-06-01",
    );
  });
  it('passes when every commit is older', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ effective: '2025-06-02' }));
    const { code, report } = runJson(['scan', '--range', 'HEAD'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.summary.grandfathered).toBe(3);
  });
  it('an impossible date is a config error naming the key', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ effective: '2025-02-30' }));
    const result = runCli(['scan', '--all'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.json: effective: not a calendar date: 2025-02-30\n');
  });
  it('a date in another form is a config error naming the key', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ effective: '01/06/2025' }));
    const result = runCli(['scan', '--all'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiguard: \.aiguardrc\.json: effective: /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('trustCommitDates must be a boolean', () => {
    repo.write('.aiguardrc.json', JSON.stringify({ trustCommitDates: 'yes' }));
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.json: trustCommitDates: must be boolean\n');
  });
});
