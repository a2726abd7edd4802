import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { builtinRules } from '../../src/detect/builtin-rules.js';
import { compileRules } from '../../src/detect/compile-rules.js';
import { detectSubject } from '../../src/detect/detect-subject.js';
import { CORPUS_COMMITS, corpusAbsent, readCorpusCommits, type CorpusCommit } from '../helpers/corpus.js';
import { FINDINGS_BY_RULE } from '../fixtures/corpus-counts.js';

// An independent, deliberately loose oracle for "this commit carries a Claude Code trace".
const ORACLE = new RegExp(
  String.raw`noreply@anthropic\.com|claude@anthropic\.com|claude\.(ai|com)\/(code|claude-code)|claude\[bot\]|` +
    String.raw`Claude-Session|Claude-Generated-By|` +
    String.raw`Generated with Claude|(?:created|authored|implemented) with Claude Code|Add Claude Code GitHub Workflow`,
  'i',
);
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
    const reviewed = Object.fromEntries(Object.entries(FINDINGS_BY_RULE).filter(([rule]) => rule.startsWith('claude-code/')));
    expect(counts).toEqual(reviewed);
  });

  it('Anthropic staff and release bots are people and tools, not Claude Code identities', () => {
    const others = commits.filter(
      (row) =>
        /@anthropic\.com>|gemini-cli-robot/.test(`${row.author} ${row.committer}`) &&
        !/noreply@anthropic\.com/.test(`${row.author} ${row.committer}`),
    );
    expect(others.length).toBeGreaterThan(100);
    const flagged = others.filter((row) => claudeFindings(row).some((finding) => finding.kind === 'identity'));
    expect(flagged.map((row) => row.author)).toEqual([]);
  });
});
