// A custom rule under a tool id of its own keeps its severity unless the policy itself levels that tool (issue 10.8).
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runCli, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const notesRule = {
  id: 'acme/ai-notes',
  tool: 'acme-bot',
  kind: 'path',
  severity: 'block',
  description: 'AI notes file',
  fix: 'git rm --cached {path}',
  paths: ['**/AI_NOTES.md'],
};

describe('a custom rule with severity block under its own tool id', () => {
  const repo = TestRepo.init();
  repo.write('notes/AI_NOTES.md', 'x\n').add().commit('init');
  const config = (value: unknown) => repo.write('.aiguardrc.json', JSON.stringify(value));
  const scan = () => runJson(['scan'], { cwd: repo.dir });

  it('blocks under the built-in default, whose "*: warn" was never set for it', () => {
    config({ customRules: [notesRule] });
    const { code, report } = scan();
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.status])).toEqual([['acme/ai-notes', 'blocking']]);
  });
  it('blocks under aiguard:claude-code-ban, whose "*: off" is about the built-in tools', () => {
    config({ extends: 'aiguard:claude-code-ban', customRules: [notesRule] });
    expect(scan().code).toBe(1);
  });
  it('a severity warn rule stays a warning: no tool level raises it', () => {
    config({ extends: 'aiguard:strict', customRules: [{ ...notesRule, severity: 'warn' }] });
    const { code, report } = scan();
    expect(code).toBe(0);
    expect(report.findings.map((f) => f.status)).toEqual(['warning']);
  });
  it('is capped by its own tools entry, and by a "*" the config file itself sets', () => {
    config({ customRules: [notesRule], tools: { 'acme-bot': 'warn' } });
    expect(scan().report.findings.map((f) => f.status)).toEqual(['warning']);
    config({ customRules: [notesRule], tools: { '*': 'info' } });
    expect(scan().report.findings.map((f) => f.status)).toEqual(['info']);
  });
  it('a rules entry overrides everything, both ways', () => {
    config({ customRules: [notesRule], tools: { 'acme-bot': 'off' }, rules: { 'acme/ai-notes': 'block' } });
    expect(scan().code).toBe(1);
    config({ customRules: [notesRule], rules: { 'acme/ai-notes': 'off' } });
    expect(scan().report.findings).toEqual([]);
  });
  it('a built-in tool the policy does not name is still capped by the default "*"', () => {
    const cursor = TestRepo.init();
    cursor.write('.cursorrules', 'x\n').add().commit('init');
    const { code, report } = runJson(['scan'], { cwd: cursor.dir });
    expect(code).toBe(0);
    expect(report.findings.map((f) => [f.tool, f.status])).toEqual([['cursor', 'warning']]);
  });
  it('config print states the precedence, in text and JSON', () => {
    config({ customRules: [notesRule] });
    const text = runCli(['config', 'print'], { cwd: repo.dir }).stdout;
    expect(text).toMatch(/^levels: rules\.<rule id> sets the level \(up or down\); else the rule's severity, capped by tools\./m);
    const json = JSON.parse(runCli(['config', 'print', '--format', 'json'], { cwd: repo.dir }).stdout) as { levelPrecedence: string };
    expect(json.levelPrecedence).toContain('never by the default or a preset');
  });
});
