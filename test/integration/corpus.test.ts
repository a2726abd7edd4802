// Real commits and paths from public repositories (../shared/corpus, skipped when absent): reviewed per-tool
// counts, nothing on the humans and release bots in it, and path recall for every path whose tool is known.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { CORPUS_COMMITS, CORPUS_PATHS, corpusAbsent, readCorpusCommits, type CorpusCommit } from '../helpers/corpus.js';
import { loadDetector, type Detector } from '../helpers/rule-packs.js';
import { COMMITS_BY_TOOL, FINDINGS_BY_RULE } from '../fixtures/corpus-counts.js';

const COMMITS = CORPUS_COMMITS;
const PATHS = CORPUS_PATHS;

/** People and release bots of the corpus whose identity or co-author line must never be a finding. */
const NOT_AI = [
  'gemini-cli-robot',
  'dependabot[bot]',
  'renovate[bot]',
  'github-actions[bot]',
  'pre-commit-ci[bot]',
  'autofix-ci[bot]',
  'mise-en-dev',
  'mise[bot]',
  'GitHub Actions <actions@github.com>',
  'Paul Gauthier <aider@paulg.org>',
  'Paul Gauthier <paul@aider.chat>',
  'Your Name <aider@paulg.org>',
  'JV <aider@codewithjv.com>',
  'Ashwin Bhat <ashwin@anthropic.com>',
  'Boris Cherny <boris@anthropic.com>',
  'Lina Tawfik <lina@anthropic.com>',
  'Jeff Dickey',
  'ashwin-ant',
  'km-anthropic',
];

describe.skipIf(corpusAbsent(COMMITS))('real commits', () => {
  const commits: CorpusCommit[] = readCorpusCommits();
  const findings: Finding[] = [];
  const toolsOfCommit = new Map<string, Set<string>>();
  beforeAll(async () => {
    const detector: Detector = await loadDetector();
    for (const record of commits) {
      const commit = {
        id: record.sha,
        summary: record.message.split('\n')[0] ?? '',
        author: record.author,
        committer: record.committer,
        date: record.date,
      };
      const found = await detector.detect([
        { type: 'message', text: record.message, commit },
        { type: 'identity', role: 'author', value: record.author, commit },
        { type: 'identity', role: 'committer', value: record.committer, commit },
      ]);
      findings.push(...found);
      if (found.length) toolsOfCommit.set(record.sha, new Set(found.map((finding) => finding.tool)));
    }
  });

  it('finds the reviewed number of commits for each tool', () => {
    const byTool: Record<string, number> = {};
    for (const tools of toolsOfCommit.values()) for (const tool of tools) byTool[tool] = (byTool[tool] ?? 0) + 1;
    expect(byTool).toEqual(COMMITS_BY_TOOL);
  });

  it('finds the reviewed number of findings for each rule', () => {
    const byRule: Record<string, number> = {};
    for (const finding of findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(byRule).sort())).toEqual(FINDINGS_BY_RULE);
  });

  it('reports no human and no release bot, by identity or as a co-author', () => {
    const wrong = findings.filter((finding) => NOT_AI.some((name) => finding.evidence.includes(name)));
    expect(wrong.map((finding) => `${finding.ruleId}: ${finding.evidence}`)).toEqual([]);
  });

  it("leaves the release bots' own commits alone unless their message carries an AI trace", () => {
    const releaseCommits = commits.filter((record) =>
      /^(?:gemini-cli-robot|dependabot\[bot\]|renovate\[bot\]|mise-en-dev|GitHub Actions) </.test(record.author),
    );
    expect(releaseCommits.length).toBeGreaterThan(100);
    const flagged = releaseCommits.filter((record) => toolsOfCommit.has(record.sha));
    const byIdentity = findings.filter((finding) => finding.kind === 'identity' && flagged.some((record) => record.sha === finding.commit));
    expect(byIdentity).toEqual([]);
    // The three that are flagged carry real trailers (Claude, gemini-cli[bot], gemini-code-assist[bot]) in their messages.
    expect(flagged).toHaveLength(3);
  });
});

/** Paths the tools do not read: backups, templates, disabled copies, and a copilot-instructions.md outside .github/. */
const NOT_READ_BY_ANY_TOOL = /(?:\.bak(?:_\d+)?|\.sample|\.example|\.tpl|\.template|\.disabled)$|^copilot-instructions\.md$/;
/** Workflow files are the user's to name: the content rules (uses: anthropics/claude-code-action@…) find them. */
const NAMED_BY_USER = /(?:^|\/)\.github\/workflows\//;

describe.skipIf(corpusAbsent(PATHS))('real AI-tool paths', () => {
  it('finds every path whose tool is known, under that tool', async () => {
    const detector = await loadDetector();
    const rows = readFileSync(PATHS, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'));
    const missed: string[] = [];
    const byTool: Record<string, number> = {};
    for (const [, , path] of rows) {
      if (!path || NOT_READ_BY_ANY_TOOL.test(path) || NAMED_BY_USER.test(path)) continue;
      const found = await detector.detect([{ type: 'path', path }]);
      if (found.length === 0) missed.push(path);
      for (const tool of new Set(found.map((finding) => finding.tool))) byTool[tool] = (byTool[tool] ?? 0) + 1;
    }
    expect(missed).toEqual([]);
    expect(byTool).toEqual({ 'claude-code': 295, gemini: 256, cursor: 29, generic: 9, codex: 8, copilot: 8, aider: 7, kilo: 1, kiro: 1 });
  });
});
