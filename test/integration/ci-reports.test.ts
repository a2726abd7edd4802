import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { TestRepo, cleanupTempDirs, runCli, tempDir, PROJECT_ROOT } from '../helpers/git-repo.js';
import { CO_AUTHOR, GENERATED_WITH, githubEnv, pullRequestPayload } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

/** The official SARIF 2.1.0 schema (draft-07): ajv's default draft, with its uri/date-time formats from ajv-formats. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** A PR with a trace of every place: a file with a line, a path, a commit message, the PR body. */
function prCase(): { repo: TestRepo; env: NodeJS.ProcessEnv } {
  const repo = TestRepo.init();
  const base = repo.write('README.md', 'hi\n').add().commit('init');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('docs/report, 50%: a.md', `Intro\n\n${GENERATED_WITH}\n`);
  repo.write('CLAUDE.md', 'x\n').add().commit(`Docs\n\n${CO_AUTHOR}\n`);
  repo.write('.claude/settings.local.json', '{}').add().commit('Local settings');
  repo.git('rm', '-q', '--cached', '.claude/settings.local.json');
  const head = repo.commit('Untrack local settings');
  const body = `Body line\n${GENERATED_WITH}`;
  return { repo, env: githubEnv('pull_request', pullRequestPayload(base, head, { body })) };
}

describe('SARIF', () => {
  it('is valid against the official 2.1.0 schema, with rules, help, locations and fingerprints', () => {
    const { repo, env } = prCase();
    const result = runCli(['ci', '--format', 'sarif'], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'claude-code/claude-md',
        'claude-code/co-author-trailer',
        'claude-code/generated-with-marker',
        'claude-code/generated-marker-in-file',
      ]),
    );
    for (const rule of run.tool.driver.rules) expect(rule.help.text).toMatch(/Fix: /);
    const byRule = (id: string) => run.results.filter((entry: { ruleId: string }) => entry.ruleId === id);
    const content = byRule('claude-code/generated-marker-in-file')[0];
    expect(content.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'docs/report%2C%2050%25%3A%20a.md' },
      region: { startLine: 3 },
    });
    const message = byRule('claude-code/co-author-trailer')[0];
    expect(message.locations[0].logicalLocations[0]).toMatchObject({ kind: 'commit' });
    // A stand-in path per place, never per commit: a rebase moves no alert; the commit is in the logical location.
    expect(message.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.aiguard/commit/message' },
      region: { startLine: 3 },
    });
    expect(message.locations[0].logicalLocations[0].fullyQualifiedName).toMatch(/^commit\/[0-9a-f]{40}\/message$/);
    const body = byRule('claude-code/generated-with-marker').find(
      (entry: { locations: { logicalLocations?: unknown[] }[] }) => entry.locations[0]!.logicalLocations,
    );
    expect(body.locations[0].logicalLocations[0]).toEqual({
      name: 'pull request body',
      fullyQualifiedName: 'pull-request/body',
      kind: 'pull-request',
    });
    for (const entry of run.results) {
      expect(entry.partialFingerprints['aiguardFingerprint/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(entry.ruleIndex).toBe(ids.indexOf(entry.ruleId));
    }
  });

  it('a clean run is valid SARIF with no results; the schema rejects a broken log (the check can fail)', () => {
    const repo = TestRepo.init();
    const base = repo.commit('init');
    const head = repo.commit('plain');
    const result = runCli(['ci', '--format', 'sarif'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    const log = JSON.parse(result.stdout);
    const validate = sarifValidator();
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ message: {}, level: 'fatal' }] }] })).toBe(false);
  });
});

describe('github workflow commands', () => {
  it('::error on the file and line, escaped; commit and PR findings without a file', () => {
    const { repo, env } = prCase();
    const result = runCli(['ci', '--format', 'github'], { cwd: repo.dir, env });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(
      lines.some((line) =>
        line.startsWith('::error file=docs/report%2C 50%25%3A a.md,line=3,title=aiguard claude-code/generated-marker-in-file::'),
      ),
    ).toBe(true);
    expect(lines.some((line) => line.startsWith('::error file=CLAUDE.md,title=aiguard claude-code/claude-md::'))).toBe(true);
    const trailer = lines.find((line) => line.startsWith('::error title=aiguard claude-code/co-author-trailer::'));
    expect(trailer).toMatch(/in commit [0-9a-f]{12} \(Docs\) \[message\]: Co-Authored-By: Claude <noreply@anthropic.com>%0AFix: /);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) [^\n]*::[^\n\r]*$/);
    expect(lines.at(-1)).toMatch(/^aiguard: \d+ blocking, 0 warnings, 0 info/);
  });

  it('warnings become ::warning', () => {
    const repo = TestRepo.init();
    const base = repo.commit('init');
    repo.git('checkout', '-q', '-b', 'f');
    const head = repo.write('.cursorrules', 'x\n').add().commit('cursor rules');
    const result = runCli(['ci', '--format', 'github'], { cwd: repo.dir, env: githubEnv('pull_request', pullRequestPayload(base, head)) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::warning file=\.cursorrules,title=aiguard cursor\/[a-z-]+::/m);
  });
});

describe('junit and gitlab', () => {
  it('junit: a failing case a blocking finding, well-formed and escaped', () => {
    const { repo, env } = prCase();
    const result = runCli(['ci', '--format', 'junit'], { cwd: repo.dir, env });
    expect(result.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="aiguard" tests="(\d+)" failures="\1"/);
    expect(result.stdout).toMatch(
      new RegExp(
        String.raw`<testcase classname="claude-code\/co-author-trailer" name="[0-9a-f]{12} message">\n {6}` +
          String.raw`<failure type="claude-code\/co-author-trailer" ` +
          String.raw`message="Claude as a co-author \(Co-Authored-By … &lt;noreply@anthropic.com&gt;\)">`,
      ),
    );
    expect(result.stdout).toContain('<testcase classname="claude-code/claude-md" name="CLAUDE.md" file="CLAUDE.md">');
    expect(result.stdout).not.toMatch(/<noreply/);
  });

  it('junit: a clean run is one passing case', () => {
    const repo = TestRepo.init();
    const base = repo.commit('init');
    const result = runCli(['ci', '--format', 'junit', '--base', base], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/tests="1" failures="0"/);
    expect(result.stdout).toMatch(/<testcase classname="aiguard" name="no AI tool traces in generic range: 0 commits from/);
  });

  it('gitlab: Code Quality issues with path, line, severity and fingerprint', () => {
    const { repo, env } = prCase();
    const result = runCli(['ci', '--format', 'gitlab'], { cwd: repo.dir, env });
    const issues = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(issues.find((issue) => issue.check_name === 'claude-code/claude-md')).toMatchObject({
      type: 'issue',
      severity: 'blocker',
      location: { path: 'CLAUDE.md', lines: { begin: 1 } },
    });
    expect(issues.find((issue) => (issue.location as { path: string }).path === 'pull-request/body')).toMatchObject({
      check_name: 'claude-code/generated-with-marker',
      location: { lines: { begin: 2 } },
    });
    for (const issue of issues) expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('several formats in one run (--report FORMAT=FILE), for ci and scan', () => {
  it('ci: text on stdout, sarif and junit to files', () => {
    const { repo, env } = prCase();
    const dir = tempDir();
    const result = runCli(['ci', '--report', `sarif=${join(dir, 'a.sarif')}`, '--report', `junit=${join(dir, 'a.xml')}`], {
      cwd: repo.dir,
      env,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/aiguard: blocked/);
    expect(JSON.parse(readFileSync(join(dir, 'a.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'a.xml'), 'utf8')).toMatch(/^<\?xml/);
  });

  it('scan: --format json --output F plus --report github=-', () => {
    const repo = TestRepo.init();
    repo.write('CLAUDE.md', 'x\n').add().commit('init');
    const dir = tempDir();
    const result = runCli(
      ['scan', '--format', 'json', '--output', join(dir, 'r.json'), '--report', 'github=-', '--report', `gitlab=${join(dir, 'gl.json')}`],
      { cwd: repo.dir },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=CLAUDE\.md,/);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).summary.blocking).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'gl.json'), 'utf8'))).toHaveLength(1);
  });

  it('two reports on standard output, or one file twice, exit 2', () => {
    const repo = TestRepo.init();
    repo.commit('init');
    const twice = runCli(['scan', '--format', 'json', '--report', 'github=-'], { cwd: repo.dir });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toBe('aiguard: --report: only one report can go to standard output\n');
    const same = runCli(['scan', '--output', 'x.txt', '--report', 'json=x.txt'], { cwd: repo.dir });
    expect(same.code).toBe(2);
    expect(same.stderr).toBe('aiguard: --report: x.txt is named twice\n');
  });
});
