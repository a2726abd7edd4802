// Catalog §3 for the autumn-2026 rules, through real git: each look-alike beside its real twin. The twin is
// reported (so the test can fail), the look-alike is not.
import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);
type JsonFinding = Record<string, unknown>;
const MARKER = '🤖 Generated with [Claude Code](https://claude.com/claude-code)';
const GENERATED_DESCRIPTION = "Use it. Examples: <example>user: 'Review' assistant: 'Sure'</example>";
const hooksFile = (event: string, command: string) =>
  `{"hooks": {"${event}": [{"hooks": [{"type": "command", "command": "${command}"}]}]}}\n`;

describe('files: mentions, other tools and docs trees beside real traces', () => {
  const repo = TestRepo.init();
  repo
    .write('src/pr-body.ts', `export const footer = '${MARKER}';\n`)
    .write('src/generated.ts', `// ${MARKER}\nexport const x = 1;\n`)
    .write('plans/refactor.md', `# Plan\n\n${MARKER}\n`)
    .write('ext/gemini-extension.json', '{"name": "ext", "version": "1.0.0"}\n')
    .write('ext/hooks/hooks.json', hooksFile('BeforeTool', 'node ${extensionPath}/h.js'))
    .write('plugin/hooks/hooks.json', hooksFile('PostToolUse', '${CLAUDE_PLUGIN_ROOT}/f.sh'))
    .write('aider/website/docs/install/replit.md', '# Replit\n')
    .write('replit.md', '# Agent notes\n')
    .write('.claude/agents/reviewer.md', `---\nname: reviewer\ndescription: ${GENERATED_DESCRIPTION}\n---\nReview.\n`)
    .add()
    .commit('files');
  const findings = runJson(['scan'], { cwd: repo.dir }).report.findings;
  const at = (path: string) =>
    findings
      .filter((finding) => finding.path === path)
      .map((finding) => finding.ruleId)
      .sort();

  it('a marker in a string literal is a mention; in a comment header or a plan it is a trace', () => {
    expect(at('src/pr-body.ts')).toEqual([]);
    expect(at('src/generated.ts')).toEqual(['claude-code/generated-marker-in-code']);
    expect(at('plans/refactor.md')).toEqual(['claude-code/generated-marker-in-file']);
  });

  it("a Gemini CLI extension's hooks are Gemini's; a manifest-less Claude plugin's are Claude Code's", () => {
    expect(at('ext/hooks/hooks.json')).toEqual(['gemini/extension-hook-command']);
    expect(at('ext/gemini-extension.json')).toEqual(['gemini/extension-manifest']);
    expect(at('plugin/hooks/hooks.json')).toEqual(['claude-code/plugin-hook-command']);
  });

  it("replit.md deep in a docs tree is a page; at the root it is the agent's", () => {
    expect(at('aider/website/docs/install/replit.md')).toEqual([]);
    expect(at('replit.md')).toEqual(['generic/other-agents']);
  });

  it('a subagent written by the /agents generator parses (only its path is reported)', () => {
    expect(at('.claude/agents/reviewer.md')).toEqual(['claude-code/agents']);
  });
});

describe('messages: people, quotes and other tools beside real traces', () => {
  const repo = TestRepo.init();
  const commits: Record<string, string> = {
    quotedFixLink: repo.commit('Docs: the link format\n\nFormat: [Fix this →](https://claude.ai/code?q=<URI_ENCODED_INSTRUCTIONS>)'),
    realFixLink: repo.commit('Fix\n\n[Fix this →](https://claude.ai/code?q=Fix%20the%20null%20check&repo=o/r)'),
    geminiPerson: repo.commit('Fix\n\nAcked-by: Gemini <gemini@example.org>\nSigned-off-by: Gemini Lake <gemini.lake@example.org>'),
    geminiAgent: repo.commit('Fix\n\nSigned-off-by: Gemini, your friendly neighborhood code agent.'),
    staffClaude: repo.commit('Fix\n\nCo-authored-by: Claude Shannon <claude.shannon@anthropic.com>'),
    claudeCode: repo.commit('Fix\n\nCo-authored-by: Claude Code <claude-code@anthropic.com>'),
    crush: repo.commit('Fix\n\nAssisted-by: Claude Opus 4.6 via Crush <crush@charm.land>'),
    kernel: repo.commit('Fix\n\nAssisted-by: Claude:claude-opus-5'),
    tested: repo.commit('Fix\n\nTested with Claude Code and by hand.'),
    created: repo.commit('Fix\n\n_Created using Claude Code_'),
    modelOnly: repo.commit('Fix\n\n🤖 This PR description was generated with the assistance of Claude Opus 4.6.'),
  };
  const findings = runJson(['scan', '--all'], { cwd: repo.dir }).report.findings;
  const of = (name: string) =>
    findings
      .filter((finding: JsonFinding) => finding.commit === commits[name])
      .map((finding) => finding.ruleId)
      .sort();

  it('each look-alike is left alone and its twin is found', () => {
    expect(of('quotedFixLink')).toEqual([]);
    expect(of('realFixLink')).toEqual(['claude-code/pr-action-comment']);
    expect(of('geminiPerson')).toEqual([]);
    expect(of('geminiAgent')).toEqual(['gemini/self-sign-off']);
    expect(of('staffClaude')).toEqual([]);
    expect(of('claudeCode')).toEqual(['claude-code/co-author-trailer']);
    expect(of('crush')).toEqual(['crush/trailer']);
    expect(of('kernel')).toEqual(['claude-code/assisted-by-trailer']);
    expect(of('tested')).toEqual([]);
    expect(of('created')).toEqual(['claude-code/footer-variant']);
    expect(of('modelOnly')).toEqual(['generic/ai-disclosure-line']);
  });
});
