// Look-alikes from real repositories that must not be reported (and the one that must be, under the right tool).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runJson } from '../helpers/git-repo.js';
import { loadDetector, type Detector } from '../helpers/rule-packs.js';

afterAll(cleanupTempDirs);
type JsonFinding = Record<string, unknown>;

describe('commits that look like AI tools but are not', () => {
  const repo = TestRepo.init();
  const ids: Record<string, string> = {};
  let findings: JsonFinding[] = [];
  const of = (name: string) => findings.filter((finding) => finding.commit === ids[name]);
  beforeAll(() => {
    ids.releaseBot = repo.commit('chore(release): v0.9.0-nightly\n\nCo-authored-by: gemini-cli-robot <gemini-cli-robot@google.com>\n', {
      author: 'gemini-cli-robot <gemini-cli-robot@google.com>',
      committer: 'gemini-cli-robot <224405211+gemini-cli-robot@users.noreply.github.com>',
    });
    ids.dependabot = repo.commit(
      'Bump vite from 5.0.0 to 5.0.1\n\nSigned-off-by: dependabot[bot] <support@github.com>\n' +
        'Co-authored-by: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n',
      {
        author: 'dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>',
      },
    );
    ids.jules = repo.commit('Thanks Jules for the review\n\nCo-authored-by: Jules Martin <jules.martin@example.org>\n', {
      author: 'Jules Verne <jules@example.org>',
    });
    ids.devin = repo.commit('Devin fixed the devin/ prefix in the docs\n', {
      author: 'Devin Smith <devin@example.org>',
      committer: 'Devin <devin.jones@users.noreply.github.com>',
    });
    ids.claude = repo.commit('Fix parser\n\nCo-authored-by: Claude Dupont <claude.dupont@example.org>\n', {
      author: 'Claude Monet <claude@example.fr>',
    });
    ids.cursor = repo.commit('Fix cursor position after paste; the cursor agent window now scrolls\n', {
      author: 'Cursor Jones <cursor@example.org>',
    });
    ids.codexDomains = repo.commit(
      'Mirror packages from https://codex.example.com/tasks/task_e_1 and mycodex.io/codex/tasks\n\n' +
        'See https://notchatgpt.com/codex/tasks/task_e_9\n',
    );
    ids.aiderHuman = repo.commit('Refactor the repo map\n', { author: 'Paul Gauthier <aider@paulg.org>' });
    ids.aiderClaude = repo.commit('Add a retry\n\nCo-authored-by: aider (openrouter/anthropic/claude-sonnet-4) <aider@aider.chat>\n', {
      author: 'Paul Gauthier <paul@aider.chat>',
    });
    findings = runJson(['scan', '--all'], { cwd: repo.dir }).report.findings;
  });

  it('gemini-cli-robot (the release bot) is not Gemini', () => expect(of('releaseBot')).toEqual([]));
  it('dependabot[bot] is not AI', () => expect(of('dependabot')).toEqual([]));
  it('Jules as a person is not Jules', () => expect(of('jules')).toEqual([]));
  it('Devin as a person is not Devin', () => expect(of('devin')).toEqual([]));
  it('Claude as a person is not Claude Code', () => expect(of('claude')).toEqual([]));
  it('Cursor as a name or a word is not Cursor', () => expect(of('cursor')).toEqual([]));
  it('codex inside unrelated domains is not a Codex task', () => expect(of('codexDomains')).toEqual([]));
  it("aider's author with his own address is not aider", () => expect(of('aiderHuman')).toEqual([]));
  it('an aider trailer naming a Claude model is aider, not Claude Code', () => {
    expect(of('aiderClaude').map((finding) => finding.ruleId)).toEqual(['aider/co-author-trailer']);
  });
});

describe('files that look like AI config but are not', () => {
  let findings: JsonFinding[] = [];
  beforeAll(() => {
    const repo = TestRepo.init();
    repo
      .write('drivers/gpu/drm/i915/geminilake.c', 'int geminilake;\n')
      .write('arch/arm/boot/dts/gemini-nas4220b.dts', '/dts-v1/;\n')
      .write('arch/arm/boot/dts/gemini.dtsi', '/ {};\n')
      .write('docs/llm/gemini-models.md', '# Gemini\nGemini CLI reads GEMINI.md and .gemini/settings.json.\n')
      .write('docs/models/claude-models.md', 'Claude Code reads CLAUDE.md; Cursor reads .cursorrules; Codex reads AGENTS.override.md.\n')
      .write('src/codex/index.ts', 'export const codex = 1;\n')
      .write('cursor/position.ts', 'export const cursor = 0;\n')
      .add()
      .commit('files');
    findings = [...runJson(['scan'], { cwd: repo.dir }).report.findings, ...runJson(['scan', '--all'], { cwd: repo.dir }).report.findings];
  });
  it('geminilake, gemini-*.dts, documents about models and files that mention config names are left alone', () => {
    expect(findings).toEqual([]);
  });
});

describe('pull requests and branches that look like AI tools but are not', () => {
  let detector: Detector;
  beforeAll(async () => {
    detector = await loadDetector();
  });
  it('PR text about the tools is not a tool marker', async () => {
    const text =
      'Thanks Jules and Devin! Cursor position fixed. See https://codex.example.com/tasks/task_e_1 and https://jules.google.com/ docs.';
    expect(await detector.detect([{ type: 'pull-request', field: 'body', text }])).toEqual([]);
  });
  it('branches that only mention a tool are not its branches', async () => {
    const names = ['feature/claude-docs', 'fix/cursor-position', 'devins-branch', 'codexes/x', 'docs/copilot'];
    expect(await detector.detect(names.map((name) => ({ type: 'branch' as const, name })))).toEqual([]);
  });
});
