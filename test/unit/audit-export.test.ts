// Platform rules in RE2 syntax, checked with an RE2 engine (re2js): every pattern compiles, catches the rules'
// own examples, and leaves their look-alikes alone; GitLab's fields stay within 511 characters.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RE2JS } from 're2js';
import micromatch from 'micromatch';
import { loadEngine } from '../../src/pipeline.js';
import { combine, packField, platformRules } from '../../src/audit/platform-rules.js';
import { factorAlternatives, globToRe2, toRe2, Untranslatable } from '../../src/audit/re2-syntax.js';
import { runCli, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const find = (pattern: string, text: string) => RE2JS.compile(pattern).matcher(text).find();
const emailOf = (identity: string) => /<([^<>]*)>\s*$/.exec(identity)?.[1];

describe('RE2 translation', () => {
  it('turns JavaScript escapes and the start-of-text idiom into RE2', () => {
    expect(toRe2('(?<![\\s\\S])aider: ', 'im')).toBe('(?im:\\Aaider: )');
    expect(toRe2('\\uD83E\\uDD16 x\\/y', 'i')).toBe('(?i:\\x{1F916} x/y)');
    expect(find(toRe2('\\uD83E\\uDD16 generated', 'i'), '🤖 Generated')).toBe(true);
  });

  it('turns an atomic group, (?=(X))\\1, into X: RE2 never backtracks', () => {
    expect(toRe2('a/(?=([^\\s)>]*))\\1[)>]?$', 'im')).toBe('(?im:a/(?:[^\\s)>]*)[)>]?$)');
    expect(() => toRe2('(x)(?=([^\\s]*))\\1', 'i')).toThrow(Untranslatable);
  });

  it('refuses what RE2 cannot say instead of guessing', () => {
    expect(() => toRe2('(a)\\1', 'i')).toThrow(Untranslatable);
    expect(() => toRe2('^(?!x)y', 'im')).toThrow(/look-around/);
    expect(toRe2('^(?!x)y', 'im', { dropLookarounds: true })).toBe('(?im:^y)');
  });

  it('factors shared prefixes without changing what matches', () => {
    const bodies = ['^co-?authored-by: [^<]*<a@x\\.com>', '^co-?authored-by: [^<]*<b@y\\.com>', 'other'];
    const factored = factorAlternatives(bodies);
    expect(factored.length).toBeLessThan(bodies.join('|').length);
    for (const text of ['co-authored-by: A <a@x.com>', 'coauthored-by: B <b@y.com>', 'other', 'co-authored-by: C <c@z.com>', 'x']) {
      expect(find(`(?i:${factored})`, text)).toBe(find(`(?i:${bodies.join('|')})`, text));
    }
  });

  it('turns path globs into whole-path expressions', () => {
    expect(globToRe2('**/CLAUDE.md')).toBe('(?:^|/)CLAUDE\\.md$');
    const dir = globToRe2('**/.claude/commands/**');
    expect(find(dir, '.claude/commands/ops/deploy.md')).toBe(true);
    expect(find(dir, 'commands/review.md')).toBe(false);
    expect(find(globToRe2('.github/workflows/claude.{yml,yaml}'), '.github/workflows/claude.yaml')).toBe(true);
  });
});

describe('platform rules of a policy', async () => {
  // A policy that blocks every tool, so that every tool's rules are tried.
  const dir = tempDir();
  writeFileSync(join(dir, 'strict.json'), JSON.stringify({ tools: { '*': 'block', generic: 'block' } }));
  const strict = await loadEngine({ configFile: join(dir, 'strict.json') });
  const rules = platformRules(strict.policy, strict.ruleSet);

  it('translates most rules and names each one it leaves out', () => {
    expect(rules.messages.length).toBeGreaterThan(20);
    expect(rules.emails.length).toBeGreaterThan(10);
    expect(rules.paths.length).toBeGreaterThan(40);
    for (const left of rules.leftOut) expect(left.reason.length).toBeGreaterThan(10);
  });

  it('every message pattern compiles in RE2, catches its examples and none of its look-alikes', () => {
    for (const item of rules.messages) {
      const pattern = combine([item]);
      // Examples that only match after detect's normalisation (zero-width characters) are beyond any platform's regex.
      const raw = new RegExp(item.rule.pattern!, 'im');
      for (const example of (item.rule.examples?.match ?? []).filter((text) => raw.test(text))) {
        expect(find(pattern, example), `${item.rule.id}: ${example}`).toBe(true);
      }
      for (const lookalike of item.rule.examples?.ignore ?? []) {
        // A widened pattern may catch only what another blocking rule catches anyway.
        const caughtElsewhere = rules.messages.some((other) => other !== item && new RegExp(other.rule.pattern!, 'im').test(lookalike));
        if (!caughtElsewhere) expect(find(pattern, lookalike), `${item.rule.id}: ${lookalike}`).toBe(false);
      }
    }
  });

  it('every e-mail pattern matches the addresses of its examples and of none of its look-alikes', () => {
    for (const item of rules.emails) {
      const pattern = combine([item]);
      const js = new RegExp(item.rule.pattern!, 'im');
      for (const example of [...(item.rule.examples?.match ?? []), ...(item.rule.examples?.ignore ?? [])]) {
        const email = emailOf(example);
        if (email === undefined) continue;
        expect(find(pattern, email), `${item.rule.id}: ${example}`).toBe(js.test(`x <${email}>`));
      }
      expect((item.rule.examples?.match ?? []).some((example) => find(pattern, emailOf(example) ?? '\0'))).toBe(true);
    }
  });

  it('every path pattern and GitHub glob catches its examples and none of its look-alikes', () => {
    for (const item of rules.paths) {
      const pattern = combine([item]);
      for (const example of item.rule.examples?.match ?? []) {
        expect(find(pattern, example), `${item.rule.id}: ${example}`).toBe(true);
        expect(micromatch.isMatch(example, item.globs!, { dot: true }), `${item.rule.id} glob: ${example}`).toBe(true);
      }
      for (const lookalike of item.rule.examples?.ignore ?? []) {
        expect(find(pattern, lookalike), `${item.rule.id}: ${lookalike}`).toBe(false);
        expect(micromatch.isMatch(lookalike, item.globs!, { dot: true }), `${item.rule.id} glob: ${lookalike}`).toBe(false);
      }
    }
  });

  it("packs a GitLab field within 511 characters, the banned tool's rules first", () => {
    const leftOut: { ruleId: string; reason: string }[] = [];
    const packed = packField(rules.messages, 511, leftOut);
    expect(packed.pattern.length).toBeLessThanOrEqual(511);
    expect(packed.included[0]!.rule.tool).toBe('claude-code');
    expect(leftOut.length).toBe(rules.messages.length - packed.included.length);
    for (const item of packed.included) {
      const raw = new RegExp(item.rule.pattern!, 'im');
      const examples = (item.rule.examples?.match ?? []).filter((text) => raw.test(text));
      for (const example of examples) expect(find(packed.pattern, example)).toBe(true);
    }
  });
});

describe('aiguard export', () => {
  it('github-ruleset writes a branch ruleset and a push ruleset, every pattern RE2', () => {
    const work = tempDir();
    const result = runCli(['export', 'github-ruleset', '--output', 'ruleset.json'], { cwd: work });
    expect(result.code).toBe(0);
    const rulesets = JSON.parse(readFileSync(join(work, 'ruleset.json'), 'utf8'));
    expect(rulesets.map((ruleset: { target: string }) => ruleset.target)).toEqual(['branch', 'push']);
    const metadata = rulesets[0].rules as { type: string; parameters: { pattern: string; negate: boolean } }[];
    expect(metadata.map((rule) => rule.type)).toEqual(['commit_message_pattern', 'commit_author_email_pattern', 'committer_email_pattern']);
    for (const rule of metadata) expect(() => RE2JS.compile(rule.parameters.pattern)).not.toThrow();
    expect(find(metadata[0]!.parameters.pattern, `Fix\n\nCo-Authored-By: Claude <noreply@anthropic.com>`)).toBe(true);
    expect(find(metadata[0]!.parameters.pattern, 'Fix the Claude integration docs')).toBe(false);
    expect(find(metadata[1]!.parameters.pattern, 'noreply@anthropic.com')).toBe(true);
    expect(find(metadata[1]!.parameters.pattern, 'claude.shannon@example.org')).toBe(false);
    // GitHub's fnmatch has no case-insensitive flag: each letter is a set of both cases, as claude.md is CLAUDE.md on macOS.
    const paths = rulesets[1].rules[0].parameters.restricted_file_paths as string[];
    expect(paths).toContain('**/[cC][lL][aA][uU][dD][eE].[mM][dD]');
    expect(micromatch.isMatch('docs/Claude.md', paths)).toBe(true);
    expect(micromatch.isMatch('docs/claude-md-guide.md', paths)).toBe(false);
    expect(result.stderr).toContain('aiguard export: left out claude-code/claude-dir');
  });

  it('gitlab-push-rules keeps each field within 511 characters and checks the e-mail domains', () => {
    const work = tempDir();
    const result = runCli(['export', 'gitlab-push-rules', '--email-domain', 'acme.in'], { cwd: work });
    expect(result.code).toBe(0);
    const rules = JSON.parse(result.stdout) as Record<string, string>;
    expect(Object.keys(rules).sort()).toEqual(['author_email_regex', 'commit_message_negative_regex', 'file_name_regex']);
    for (const value of Object.values(rules)) {
      expect(value.length).toBeLessThanOrEqual(511);
      expect(() => RE2JS.compile(value)).not.toThrow();
    }
    expect(find(rules.author_email_regex!, 'ravi@acme.in')).toBe(true);
    expect(find(rules.author_email_regex!, 'noreply@anthropic.com')).toBe(false);
    expect(find(rules.file_name_regex!, 'services/api/CLAUDE.md')).toBe(true);
    expect(find(rules.file_name_regex!, 'services/api/claude.md')).toBe(true);
    expect(find(rules.file_name_regex!, 'docs/claude-md-guide.md')).toBe(false);
    const vendor = runCli(['export', 'gitlab-push-rules', '--email-domain', 'anthropic.com'], { cwd: work });
    expect(vendor.code).toBe(2);
    expect(vendor.stderr).toContain('would admit the AI-tool address');
  });

  it.each([
    [[], 'missing target'],
    [['bitbucket'], 'unknown target bitbucket'],
    [['github-ruleset', '--email-domain', 'acme.in'], '--email-domain applies to gitlab-push-rules only'],
    [['gitlab-push-rules', '--email-domain', 'not a domain'], '--email-domain not a domain: not a domain name'],
  ])('bad input %j exits 2 with one line', (args, message) => {
    const result = runCli(['export', ...args], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });
});
