// Issue 2's "done when": a repository carrying every Claude Code trace of catalog §1 in its history and tree.
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, runJson, cleanupTempDirs } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const PATHS = [
  'CLAUDE.md',
  'services/api/CLAUDE.md',
  '.claude/CLAUDE.md',
  'CLAUDE.local.md',
  '.claude/settings.json',
  '.claude/settings.local.json',
  '.claude/rules/testing.md',
  '.claude/commands/ops/deploy.md',
  '.claude/agents/reviewer.md',
  '.claude/skills/release/SKILL.md',
  '.claude/output-styles/terse.md',
  '.claude/workflows/ship.js',
  '.claude/agent-memory/reviewer/notes.md',
  '.claude/hooks/pre-tool.sh',
  '.claude/worktrees/feature/README.md',
  '.claude/loop.md',
  '.mcp.json',
  '.worktreeinclude',
  '.claude-plugin/plugin.json',
  '.claude-plugin/marketplace.json',
  '.github/workflows/claude.yml',
  '.github/workflows/claude-code-review.yml',
];

const MESSAGES = [
  'Prototype\n\n🤖 Generated with Claude CLI.\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  'Add parser\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  'Add lexer\n\n🤖 Generated with [Claude Code](https://claude.ai/code)\nCo-Authored-By: Claude <noreply@anthropic.com>\n',
  'Add cache\n\n🤖 Generated with [Claude Code](https://claude.com/claude-code)\n\n' +
    'Co-Authored-By: Claude Opus 4.5 <noreply@anthropic.com>\n',
  'Tidy\n\nCo-Authored-By: Claude Sonnet 4.6 (1M context) <noreply@anthropic.com>\n',
  'Web fix\n\nhttps://claude.ai/code/session_01QpYmSoWsmcQFYapvscKSwy\n',
  'Web fix 2\n\nClaude-Session: https://claude.ai/code/session_016EWY3FKCJyfUdCAZkXfi7i\n',
  'Squash (#9)\n\n* a\n\nCo-authored-by: Claude Haiku 4.5 <noreply@anthropic.com>\n\n* b\n',
  '"Claude PR Assistant workflow"',
];

describe('every Claude Code trace of catalog §1 is found, with tool claude-code', () => {
  const repo = TestRepo.init();
  repo.commit('Initial commit');
  for (const path of PATHS) repo.write(path, path.endsWith('.json') ? '{}\n' : 'x\n');
  repo.write('docs/pr-template.md', '*Generated with [Claude Code](https://claude.ai/code)*\n');
  repo.write('AGENTS-copy.md', 'This file provides guidance to Claude Code (claude.ai/code) when working with code in this repository.\n');
  repo.add().commit('Add files');
  const messageCommits = MESSAGES.map((message) => repo.commit(message));
  const webCommit = repo.commit('Cloud change', { author: 'Claude <noreply@anthropic.com>', committer: 'Claude <noreply@anthropic.com>' });
  const botCommit = repo.commit('Action change', { author: 'claude[bot] <41898282+claude[bot]@users.noreply.github.com>' });
  const apiBotCommit = repo.commit('API change', { author: 'claude[bot] <209825114+claude[bot]@users.noreply.github.com>' });

  it('scan --all lists each trace and exits 1', () => {
    const { code, report } = runJson(['scan', '--all'], { cwd: repo.dir });
    expect(code).toBe(1);
    const claude = report.findings.filter((finding) => finding.tool === 'claude-code');
    const paths = new Set(claude.filter((finding) => finding.kind === 'path').map((finding) => finding.path));
    for (const path of PATHS) expect(paths, path).toContain(path);
    for (const id of messageCommits)
      expect(
        claude.some((finding) => finding.commit === id && finding.kind === 'message'),
        id,
      ).toBe(true);
    for (const id of [webCommit, botCommit, apiBotCommit])
      expect(
        claude.some((finding) => finding.commit === id && finding.kind === 'identity'),
        id,
      ).toBe(true);
    const contentPaths = claude.filter((finding) => finding.kind === 'content').map((finding) => finding.path);
    expect(contentPaths).toEqual(expect.arrayContaining(['docs/pr-template.md', 'AGENTS-copy.md']));
  });

  it('scan (the tree) lists each path and content trace and exits 1', () => {
    const { code, report } = runJson(['scan'], { cwd: repo.dir });
    expect(code).toBe(1);
    const paths = new Set(report.findings.filter((finding) => finding.tool === 'claude-code').map((finding) => finding.path));
    for (const path of [...PATHS, 'docs/pr-template.md', 'AGENTS-copy.md']) expect(paths, path).toContain(path);
  });
});
