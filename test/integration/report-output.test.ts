import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, runCli, runJson, cleanupTempDirs, cleanEnv } from '../helpers/git-repo.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

afterAll(cleanupTempDirs);

function tracedRepo() {
  const repo = TestRepo.init();
  repo.write('CLAUDE.md', 'x\n').add();
  const id = repo.commit(
    'Add memory\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  );
  repo.write('AGENTS.md', 'shared\n').write('.cursorrules', 'x\n');
  return { repo, id };
}

describe('JSON report', () => {
  it('has the contract fields', () => {
    const { repo, id } = tracedRepo();
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report).toMatchObject({ version: 1, summary: { blocking: 3, commitsScanned: 1, byTool: { 'claude-code': 3 } } });
    for (const finding of report.findings) {
      expect(finding).toMatchObject({ tool: 'claude-code', severity: 'block', status: 'blocking', commit: id });
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(typeof finding.evidence).toBe('string');
      expect(['path', 'message']).toContain(finding.kind);
    }
    const path = report.findings.find((finding) => finding.kind === 'path')!;
    expect(path).toMatchObject({ ruleId: 'claude-code/claude-md', path: 'CLAUDE.md', evidence: 'CLAUDE.md' });
    const marker = report.findings.find((finding) => finding.ruleId === 'claude-code/generated-with-marker')!;
    expect(marker).toMatchObject({ line: 3, evidence: '🤖 Generated with [Claude Code](https://claude.ai/code)' });
  });

  it('fingerprints do not depend on the commit', () => {
    const a = TestRepo.init();
    a.commit('One\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n');
    const b = TestRepo.init();
    b.commit('Other subject\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n', { date: '2020-01-01T00:00:00Z' });
    const fa = runJson(['scan', '--all'], { cwd: a.dir }).report.findings[0]!.fingerprint;
    const fb = runJson(['scan', '--all'], { cwd: b.dir }).report.findings[0]!.fingerprint;
    expect(fa).toBe(fb);
  });

  it('--output writes the report to a file', () => {
    const { repo } = tracedRepo();
    const result = runCli(['scan', '--format', 'json', '--output', 'report.json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(repo.dir, 'report.json'), 'utf8')).version).toBe(1);
  });
});

describe('text report', () => {
  it('groups by commit and file, with rule, evidence, line and fix', () => {
    const { repo, id } = tracedRepo();
    const { stdout, code } = runCli(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(stdout).toContain(`commit ${id.slice(0, 12)}  Add memory`);
    expect(stdout).toContain('claude-code/co-author-trailer  message line 5');
    expect(stdout).toContain('fix: Remove it from the repository and keep your copy out of git: git rm --cached :/CLAUDE.md');
    expect(stdout).toMatch(/blocked — 3 blocking/);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('a tool level caps its rules: warn passes with warnings, off drops them', () => {
    const { repo } = tracedRepo();
    repo.write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'warn' } }));
    const warned = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(warned.code).toBe(0);
    expect(new Set(warned.report.findings.map((finding) => finding.status))).toEqual(new Set(['warning']));
    repo.write('.aiguardrc.json', JSON.stringify({ tools: { 'claude-code': 'off' } }));
    expect(runJson(['scan', '--all'], { cwd: repo.dir }).report.findings).toEqual([]);
  });

  it('honours FORCE_COLOR and NO_COLOR', () => {
    const { repo } = tracedRepo();
    const colored = runCli(['scan'], { cwd: repo.dir, env: cleanEnv({ NO_COLOR: undefined, FORCE_COLOR: '1' }) });
    expect(colored.stdout).toMatch(/\x1b\[31m/);
    const plain = runCli(['scan'], { cwd: repo.dir, env: cleanEnv({ NO_COLOR: '1', FORCE_COLOR: undefined }) });
    expect(plain.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('rules and explain', () => {
  it('aiguard rules lists every rule with its level under the policy', () => {
    const { repo } = tracedRepo();
    const { stdout, code } = runCli(['rules'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ID\s+TOOL\s+KIND\s+LEVEL/);
    expect(stdout).toMatch(/claude-code\/co-author-trailer\s+claude-code\s+message\s+block/);
    expect(stdout).toMatch(/claude-code\/gitignore-entry\s+claude-code\s+content\s+info/);
  });

  it('a policy changes the level aiguard rules shows', () => {
    const { repo } = tracedRepo();
    repo.write('.aiguardrc.json', JSON.stringify({ rules: { 'claude-code/co-author-trailer': 'warn' } }));
    expect(runCli(['rules'], { cwd: repo.dir }).stdout).toMatch(/claude-code\/co-author-trailer\s+claude-code\s+message\s+warn/);
    expect(
      runCli(['scan', '--message-file', 'MSG'], { cwd: repo.write('MSG', 'x\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n').dir })
        .code,
    ).toBe(0);
  });

  it('aiguard explain shows why and how to fix', () => {
    const { stdout, code } = runCli(['explain', 'claude-code/mcp-json'], { cwd: TestRepo.init().dir });
    expect(code).toBe(0);
    expect(stdout).toContain('Why it matters: Every stdio MCP server');
    expect(stdout).toContain('Fix: git rm --cached <file>');
  });
});
