// .gitattributes, diff drivers, textconv and NUL bytes must not hide added lines from any scan.
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCliAsync, runJsonAsync } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const MARKER = 'Generated with [Claude Code](https://claude.ai/code)';

interface Blinder {
  name: string;
  attributes: string;
  /** Local config the trick needs (a driver's textconv or binary flag). */
  config?: [string, string][];
  /** File content around the line under test. */
  content: (line: string) => string;
}

const plain = (line: string): string => `notes\n${line}\n`;

const BLINDERS: Blinder[] = [
  { name: '-diff', attributes: '*.md -diff\n', content: (line) => `notes\n${line}\n` },
  { name: 'binary', attributes: '*.md binary\n', content: (line) => `notes\n${line}\n` },
  { name: '-text', attributes: '*.md -text\n', content: (line) => `notes\r\n${line}\r\n` },
  { name: 'diff driver marked binary', attributes: '*.md diff=opaque\n', config: [['diff.opaque.binary', 'true']], content: plain },
  // A textconv that prints nothing: git's diff and grep --textconv would show an empty file.
  { name: 'textconv that hides everything', attributes: '*.md diff=blank\n', config: [['diff.blank.textconv', 'true']], content: plain },
  { name: 'external diff driver', attributes: '*.md diff=ext\n', config: [['diff.ext.command', 'true']], content: plain },
  { name: 'a NUL byte (binary by detection)', attributes: '', content: (line) => `\0binary\n${line}\n` },
];

function blinded(blinder: Blinder, line: string): TestRepo {
  const repo = TestRepo.init();
  for (const [key, value] of blinder.config ?? []) repo.git('config', key, value);
  repo.write('README.txt', 'hello\n');
  if (blinder.attributes) repo.write('.gitattributes', blinder.attributes);
  repo.add().commit('Initial commit');
  repo.write('docs/notes.md', blinder.content(line));
  return repo;
}

const markerFindings = (findings: Record<string, unknown>[]) =>
  findings
    .filter((finding) => finding.ruleId === 'claude-code/generated-marker-in-file')
    .map((finding) => `${finding.path}:${finding.line}`);

describe('attributes cannot blind the scanner', () => {
  for (const blinder of BLINDERS) {
    it(`${blinder.name}: staged, history, range and tree scans still read the added line; the clean twin passes`, async () => {
      // The scans read their repository without changing it: each phase runs them side by side.
      const repo = blinded(blinder, MARKER);
      const twin = blinded(blinder, 'nothing to see');
      repo.add();
      twin.add();
      const [staged, twinStaged] = await Promise.all([
        runJsonAsync(['scan', '--staged'], { cwd: repo.dir }),
        runCliAsync(['scan', '--staged'], { cwd: twin.dir }),
      ]);
      expect(markerFindings(staged.report.findings)).toEqual(['docs/notes.md:2']);
      expect(twinStaged.code).toBe(0);
      repo.commit('Add notes');
      twin.commit('Add notes');
      const scanArgs = [['--all'], ['--range', 'HEAD~1..HEAD'], []];
      const [scans, ci, twinScans, twinCi] = await Promise.all([
        Promise.all(scanArgs.map((args) => runJsonAsync(['scan', ...args], { cwd: repo.dir }))),
        runCliAsync(['ci', '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'json'], { cwd: repo.dir }),
        Promise.all([['--all'], []].map((args) => runCliAsync(['scan', ...args], { cwd: twin.dir }))),
        runCliAsync(['ci', '--base', 'HEAD~1', '--head', 'HEAD'], { cwd: twin.dir }),
      ]);
      scans.forEach(({ code, report }, index) => {
        const args = scanArgs[index]!.join(' ');
        expect([args, code, markerFindings(report.findings)]).toEqual([args, 1, ['docs/notes.md:2']]);
      });
      expect(ci.code).toBe(1);
      expect(markerFindings(JSON.parse(ci.stdout).findings)).toEqual(['docs/notes.md:2']);
      expect(twinScans.map((result) => result.code)).toEqual([0, 0]);
      expect(twinCi.code).toBe(0);
    });
  }

  it('working-tree-encoding: a UTF-16 work-tree file is read as git stores it (UTF-8); the clean twin passes', async () => {
    await Promise.all(
      [MARKER, 'nothing to see'].map(async (line) => {
        const repo = TestRepo.init();
        repo.write('.gitattributes', '*.md working-tree-encoding=UTF-16LE-BOM text\n').add().commit('attributes');
        writeFileSync(join(repo.dir, 'notes.md'), Buffer.from(`\ufeffnotes\n${line}\n`, 'utf16le'));
        repo.add();
        expect(repo.git('show', ':notes.md')).toBe(`notes\n${line}\n`);
        const expected = line === MARKER ? ['notes.md:2'] : [];
        expect(markerFindings((await runJsonAsync(['scan', '--staged'], { cwd: repo.dir })).report.findings)).toEqual(expected);
        repo.commit('notes');
        const scans = await Promise.all([[], ['--all']].map((args) => runJsonAsync(['scan', ...args], { cwd: repo.dir })));
        for (const { report } of scans) expect(markerFindings(report.findings)).toEqual(expected);
      }),
    );
  });

  it('settings content is read as stored, whatever the attributes say', async () => {
    const repo = TestRepo.init();
    repo.git('config', 'diff.blank.textconv', 'true');
    repo.write('.gitattributes', '*.json -diff diff=blank\n');
    repo.write('.claude/settings.json', '{"permissions": {"defaultMode": "bypassPermissions"}}\n').add();
    repo.commit('settings');
    const scans = await Promise.all([['--all'], []].map((args) => runJsonAsync(['scan', ...args], { cwd: repo.dir })));
    for (const { report } of scans) expect(report.findings.map((finding) => finding.ruleId)).toContain('claude-code/settings-bypass-mode');
  });
});
