// SARIF that GitHub code scanning handles well: regions on every file location, stand-in paths that name the
// place and never the commit, per-commit fingerprints that survive a rebase, rule help with its fix filled in,
// helpUri and security-severity; all valid against the official 2.1.0 schema.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { TestRepo, cleanupTempDirs, runCli, PROJECT_ROOT } from '../helpers/git-repo.js';
import { CO_AUTHOR, GENERATED_WITH, githubEnv, pullRequestPayload } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as typeof import('ajv').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

interface Result {
  ruleId: string;
  level: string;
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
    logicalLocations?: { fullyQualifiedName: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  properties: { commit?: string };
}
interface SarifRule {
  id: string;
  helpUri: string;
  help: { text: string; markdown: string };
  properties: Record<string, unknown>;
}

function validator() {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** main, then a feature branch: two commits with the same trailer, CLAUDE.md, a marker inside a file, .cursorrules. */
function featureRepo() {
  const repo = TestRepo.init();
  const base = repo.write('README.md', 'hi\n').add().commit('init');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('CLAUDE.md', 'x\n').write('docs/notes.md', `Intro\n\n${GENERATED_WITH}\n`).add().commit(`Add notes\n\n${CO_AUTHOR}\n`);
  repo.write('.cursorrules', 'x\n').add().commit(`Add more\n\nBody\n\n${CO_AUTHOR}\n`);
  return { repo, base };
}

function sarifOf(repo: TestRepo, base: string) {
  const head = repo.git('rev-parse', 'HEAD').trim();
  const env = githubEnv('pull_request', pullRequestPayload(base, head, { body: `Body\n${GENERATED_WITH}\n` }));
  const result = runCli(['ci', '--format', 'sarif'], { cwd: repo.dir, env });
  expect(result.code, result.stderr).toBe(1);
  const log = JSON.parse(result.stdout);
  const validate = validator();
  expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  return { results: log.runs[0].results as Result[], rules: log.runs[0].tool.driver.rules as SarifRule[] };
}

describe('SARIF for code scanning', () => {
  it('every location has a region; stand-in paths name the place, never a commit', () => {
    const { repo, base } = featureRepo();
    const { results } = sarifOf(repo, base);
    expect(results.length).toBeGreaterThanOrEqual(6);
    for (const result of results) {
      const physical = result.locations[0]!.physicalLocation;
      expect(physical.region?.startLine, result.ruleId).toBeGreaterThanOrEqual(1);
      expect(physical.artifactLocation.uri).not.toMatch(/[0-9a-f]{40}/);
    }
    const uris = new Set(results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri));
    const files = ['CLAUDE.md', 'docs/notes.md', '.cursorrules'];
    expect(uris).toEqual(new Set([...files, '.aiguard/commit/message', '.aiguard/pull-request/body']));
    const claudeMd = results.find((result) => result.ruleId === 'claude-code/claude-md')!;
    expect(claudeMd.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    const marker = results.find((result) => result.ruleId === 'claude-code/generated-marker-in-file')!;
    expect(marker.locations[0]!.physicalLocation.region).toEqual({ startLine: 3 });
    const trailers = results.filter((result) => result.ruleId === 'claude-code/co-author-trailer');
    expect(trailers.map((result) => result.locations[0]!.physicalLocation.region!.startLine).sort()).toEqual([3, 5]);
    // The commit is still there for the reader: in the logical location and the properties.
    for (const trailer of trailers) {
      expect(trailer.locations[0]!.logicalLocations![0]!.fullyQualifiedName).toBe(`commit/${trailer.properties.commit}/message`);
    }
  });

  it('a branch finding is anchored at .aiguard/branch, with a region', () => {
    const repo = TestRepo.init();
    const base = repo.write('README.md', 'hi\n').add().commit('init');
    repo.git('checkout', '-q', '-b', 'claude/fix-parser');
    const head = repo.write('a.txt', 'a\n').add().commit('Plain');
    const env = githubEnv('pull_request', pullRequestPayload(base, head, { ref: 'claude/fix-parser' }));
    const log = JSON.parse(runCli(['ci', '--format', 'sarif'], { cwd: repo.dir, env }).stdout);
    const branch = (log.runs[0].results as Result[]).find((result) => result.ruleId.endsWith('branch'));
    expect(branch?.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: '.aiguard/branch' }, region: { startLine: 1 } });
  });

  it('the same trailer in two commits is two alerts; a rebase keeps each alert where it was', () => {
    const { repo, base } = featureRepo();
    const before = sarifOf(repo, base).results.filter((result) => result.ruleId === 'claude-code/co-author-trailer');
    expect(before).toHaveLength(2);
    const [first, second] = before.map((result) => result.partialFingerprints);
    expect(first!['aiguardFingerprint/v1']).toBe(second!['aiguardFingerprint/v1']);
    expect(first!.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
    expect(first!.primaryLocationLineHash).not.toBe(second!.primaryLocationLineHash);
    // A real rebase onto a new main: new commit ids, the same commits.
    repo.git('checkout', '-q', 'main');
    const newBase = repo.write('CHANGELOG.md', 'x\n').add().commit('Changelog');
    repo.git('checkout', '-q', 'feature');
    repo.git('rebase', '-q', 'main');
    const after = sarifOf(repo, newBase).results.filter((result) => result.ruleId === 'claude-code/co-author-trailer');
    expect(after.map((result) => result.properties.commit)).not.toEqual(before.map((result) => result.properties.commit));
    expect(after.map((result) => [result.partialFingerprints, result.locations[0]!.physicalLocation])).toEqual(
      before.map((result) => [result.partialFingerprints, result.locations[0]!.physicalLocation]),
    );
  });

  it('rules: help with the fix filled in, helpUri, security-severity by the level in force', () => {
    const { repo, base } = featureRepo();
    const { rules } = sarifOf(repo, base);
    for (const rule of rules) {
      expect(rule.help.text, rule.id).not.toMatch(/\{path\}/);
      expect(rule.help.markdown, rule.id).not.toMatch(/\{path\}/);
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\/\S+$/);
      expect(rule.properties['security-severity'], rule.id).toMatch(/^(8\.0|5\.0|2\.0)$/);
    }
    const byId = (id: string) => rules.find((rule) => rule.id === id)!;
    expect(byId('claude-code/claude-md').help.text).toMatch(/Fix: .*git rm --cached :\/CLAUDE\.md$/);
    expect(byId('claude-code/claude-md').helpUri).toMatch(/\/rules\/claude-code\.yml$/);
    expect(byId('claude-code/claude-md').properties['security-severity']).toBe('8.0');
    expect(byId('cursor/cursorrules').properties['security-severity']).toBe('5.0');
    expect(byId('claude-code/co-author-trailer').help.text).toContain('"$(git rev-parse --git-path COMMIT_EDITMSG)"');
  });
});
