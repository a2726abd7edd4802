import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const trailer = '\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n';

describe('tools and rules levels', () => {
  const repo = TestRepo.init();
  repo.write('CLAUDE.md', 'notes\n').add().commit(`init${trailer}`);
  const config = (value: unknown) => repo.write('.aiguardrc.json', JSON.stringify(value));
  const statuses = () => Object.fromEntries(runJson(['scan', '--all'], { cwd: repo.dir }).report.findings.map((f) => [f.ruleId, f.status]));

  it('the default blocks Claude Code', () => {
    config({});
    expect(statuses()).toEqual({ 'claude-code/co-author-trailer': 'blocking', 'claude-code/claude-md': 'blocking' });
  });
  it('a tool level caps its rules', () => {
    config({ tools: { 'claude-code': 'warn' } });
    expect(statuses()).toEqual({ 'claude-code/co-author-trailer': 'warning', 'claude-code/claude-md': 'warning' });
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).code).toBe(0);
  });
  it('off drops the tool', () => {
    config({ tools: { 'claude-code': 'off' } });
    expect(statuses()).toEqual({});
  });
  it('a null level is a config error, not "off"', () => {
    config({ tools: { 'claude-code': null } });
    const result = runCli(['scan'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.json: tools.claude-code: must be one of block, warn, info, off\n');
  });
  it('a rule entry overrides its tool, both ways', () => {
    config({ tools: { 'claude-code': 'info' }, rules: { 'claude-code/claude-md': 'block' } });
    expect(statuses()).toEqual({ 'claude-code/co-author-trailer': 'info', 'claude-code/claude-md': 'blocking' });
    config({ rules: { 'claude-code/co-author-trailer': 'off' } });
    expect(statuses()).toEqual({ 'claude-code/claude-md': 'blocking' });
  });

  const errors: [string, unknown, string][] = [
    ['an unknown tool id', { tools: { 'claude-kode': 'block' } }, '.aiguardrc.json: tools.claude-kode: unknown tool id'],
    ['an unknown rule id', { rules: { 'claude-code/nope': 'off' } }, '.aiguardrc.json: rules.claude-code/nope: unknown rule id'],
    ['an unknown tool level', { tools: { cursor: 'error' } }, '.aiguardrc.json: tools.cursor: must be one of block, warn, info, off'],
    [
      'an unknown rule level',
      { rules: { 'claude-code/claude-md': 'deny' } },
      '.aiguardrc.json: rules.claude-code/claude-md: must be one of block, warn, info, off',
    ],
    ['an unknown top-level key', { tool: { cursor: 'warn' } }, '.aiguardrc.json: tool: unknown key'],
  ];
  for (const [name, value, message] of errors) {
    it(`${name} exits 2 naming the file and key`, () => {
      config(value);
      const result = runCli(['scan'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`aiguard: ${message}\n`);
    });
  }
  it('an unknown level in YAML names the file too', () => {
    const yaml = TestRepo.init();
    yaml.write('.aiguardrc.yaml', 'tools:\n  claude-code: forbid\n');
    const result = runCli(['scan'], { cwd: yaml.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: .aiguardrc.yaml: tools.claude-code: must be one of block, warn, info, off\n');
  });
  it('aiguard rules shows the level the policy gives', () => {
    config({ rules: { 'claude-code/claude-md': 'warn' } });
    const rows = JSON.parse(runCli(['rules', '--format', 'json'], { cwd: repo.dir }).stdout) as { id: string; level: string }[];
    expect(rows.find((row) => row.id === 'claude-code/claude-md')!.level).toBe('warn');
    expect(rows.find((row) => row.id === 'claude-code/co-author-trailer')!.level).toBe('block');
  });
});

describe('customRules', () => {
  const repo = TestRepo.init();
  repo.write('notes/AI_NOTES.md', 'x\n').write('notes/human.md', 'y\n').add().commit('init\n\nPair-Programmed-With: InternalBot\n');
  repo.write('README.md', 'z\n').add().commit('second\n\nReviewed-by: A Person <a@example.org>\n');
  const pathRule = {
    id: 'acme/ai-notes',
    tool: 'generic',
    kind: 'path',
    severity: 'block',
    description: 'AI notes file',
    fix: 'git rm --cached {path}',
    paths: ['**/AI_NOTES.md'],
  };
  const messageRule = {
    id: 'acme/internal-bot',
    tool: 'generic',
    kind: 'message',
    severity: 'warn',
    description: 'Internal AI bot trailer',
    fix: 'Remove the trailer',
    pattern: '^Pair-Programmed-With:\\s*InternalBot',
  };
  const config = (value: unknown) => repo.write('.aiguardrc.json', JSON.stringify(value));

  it('a path rule finds its file and leaves others alone', () => {
    config({ customRules: [pathRule], rules: { 'acme/ai-notes': 'block' } });
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.path, f.status])).toEqual([['acme/ai-notes', 'notes/AI_NOTES.md', 'blocking']]);
  });
  it('a pattern rule finds its message and leaves other trailers alone', () => {
    config({ customRules: [messageRule], tools: { generic: 'warn' } });
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings.map((f) => [f.ruleId, f.commitSummary, f.status])).toEqual([['acme/internal-bot', 'init', 'warning']]);
  });
  it('a custom rule of an own tool id can be levelled by that id', () => {
    config({ customRules: [{ ...pathRule, tool: 'acme-bot' }], tools: { 'acme-bot': 'info' } });
    const { report } = runJson(['scan'], { cwd: repo.dir });
    expect(report.findings.map((f) => f.status)).toEqual(['info']);
  });
  it('"*" set by the config file levels the tools it does not name', () => {
    config({ customRules: [{ ...pathRule, tool: 'acme-bot' }], tools: { '*': 'block' } });
    expect(runJson(['scan'], { cwd: repo.dir }).report.findings.map((f) => f.status)).toEqual(['blocking']);
    config({ customRules: [{ ...pathRule, tool: 'acme-bot' }], tools: { '*': 'off' } });
    expect(runJson(['scan'], { cwd: repo.dir }).report.findings).toEqual([]);
  });
  it('is levelled by its tool: generic informs by default', () => {
    config({ customRules: [pathRule] });
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings.map((f) => f.status)).toEqual(['info']);
  });

  const errors: [string, unknown, string][] = [
    ['an invalid regex', { ...messageRule, pattern: '([a-z' }, '.aiguardrc.json: customRules.acme/internal-bot: invalid pattern: '],
    ['an invalid flag', { ...messageRule, flags: 'q' }, '.aiguardrc.json: customRules.acme/internal-bot: invalid pattern: '],
    ['a missing description', { ...pathRule, description: undefined }, '.aiguardrc.json: customRules[0].description: required'],
    ['a bad id', { ...pathRule, id: 'Acme Notes' }, '.aiguardrc.json: customRules[0].id: must match pattern'],
    ['a path rule without paths', { ...pathRule, paths: undefined }, 'customRules.acme/ai-notes: a path rule needs paths'],
    [
      'a built-in id',
      { ...pathRule, id: 'claude-code/claude-md' },
      'customRules.claude-code/claude-md: the id is taken by a built-in rule',
    ],
  ];
  for (const [name, rule, message] of errors) {
    it(`${name} exits 2 naming the rule`, () => {
      config({ customRules: [rule] });
      const result = runCli(['scan'], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
