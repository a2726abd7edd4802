import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { builtinRules } from '../../src/detect/builtin-rules.js';
import { compileRules } from '../../src/detect/compile-rules.js';
import { detectSubject } from '../../src/detect/detect-subject.js';
import { CORPUS_COMMITS, corpusAbsent, readCorpusCommits, type CorpusCommit } from '../helpers/corpus.js';


// An independent, deliberately loose oracle for "this commit carries a Claude Code trace".
const ORACLE =
  /noreply@anthropic\.com|claude@anthropic\.com|claude\.(ai|com)\/(code|claude-code)|claude\[bot\]|Claude-Session|Claude-Generated-By|Generated with Claude|(?:created|authored|implemented) with Claude Code|Add Claude Code GitHub Workflow/i;
// Reviewed: commits the oracle flags that are mentions, not traces.
const MENTIONS = new Set(['154d0de1']);

describe.skipIf(corpusAbsent(CORPUS_COMMITS))('real commits (shared/corpus): Claude Code recall and precision', () => {
  const commits = readCorpusCommits();
  const matchers = compileRules(builtinRules());
  const claudeFindings = (row: CorpusCommit): Finding[] => {
    const commit = { id: row.sha, summary: '', author: row.author, committer: row.committer, date: row.date };
    const out: Finding[] = [];
    detectSubject(matchers, { type: 'message', text: row.message, commit }, out);
    detectSubject(matchers, { type: 'identity', role: 'author', value: row.author, commit }, out);
    detectSubject(matchers, { type: 'identity', role: 'committer', value: row.committer, commit }, out);
    return out.filter((finding) => finding.tool === 'claude-code');
  };

  it('every commit with a Claude Code trace is found', () => {
    const missed = commits
      .filter((row) => ORACLE.test(`${row.message}\n${row.author}\n${row.committer}`) && !MENTIONS.has(row.sha.slice(0, 8)))
      .filter((row) => claudeFindings(row).length === 0)
      .map((row) => `${row.repo} ${row.sha.slice(0, 8)}`);
    expect(missed).toEqual([]);
  });

  it('no commit without one is reported as Claude Code', () => {
    const extra = commits
      .filter((row) => !ORACLE.test(`${row.message}\n${row.author}\n${row.committer}`))
      .filter((row) => claudeFindings(row).length > 0)
      .map((row) => `${row.repo} ${row.sha.slice(0, 8)}`);
    expect(extra).toEqual([]);
  });

  it('finds the reviewed counts per rule', () => {
    const counts: Record<string, number> = {};
    for (const row of commits) for (const finding of claudeFindings(row)) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
    expect(counts).toEqual({
      'claude-code/co-author-trailer': 826,
      'claude-code/generated-with-marker': 567,
      'claude-code/usage-trailers': 38,
      'claude-code/bot-co-author-trailer': 28,
      'claude-code/co-author-variant': 8,
      'claude-code/anthropic-identity': 10,
      'claude-code/session-url': 4,
      'claude-code/claude-bot-identity': 2,
      'claude-code/session-trailer': 1,
      // Reviewed: "This PR was created with Claude Code." and "…authored with [Claude Code](…)" in jdx/mise squash commits.
      'claude-code/footer-variant': 2,
      // Reviewed: the squash and the merge of the /install-github-app pull request in claude-code-sdk-python.
      'claude-code/pr-github-app-install': 2,
    });
  });

  it('Anthropic staff and release bots are people and tools, not Claude Code identities', () => {
    const others = commits.filter((row) => /@anthropic\.com>|gemini-cli-robot/.test(`${row.author} ${row.committer}`) && !/noreply@anthropic\.com/.test(`${row.author} ${row.committer}`));
    expect(others.length).toBeGreaterThan(100);
    const flagged = others.filter((row) => claudeFindings(row).some((finding) => finding.kind === 'identity'));
    expect(flagged.map((row) => row.author)).toEqual([]);
  });
});
