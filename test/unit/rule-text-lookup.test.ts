// A finding names its rule and nothing more of it: every report looks the rule's description and fix up by id.
import { describe, expect, it } from 'vitest';
import type { Report, Subject } from '../../src/types.js';
import { loadEngine, runPipeline } from '../../src/pipeline.js';
import { listSource } from '../../src/sources/source.js';
import { builtinRules } from '../../src/detect/builtin-rules.js';
import { fillPath } from '../../src/report/build-report.js';
import { formatText } from '../../src/report/text.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatHookText } from '../../src/report/hook-text.js';
import { formatAudit } from '../../src/audit/audit-output.js';
import type { FindingRow } from '../../src/audit/store.js';

const SUBJECTS: Subject[] = [
  { type: 'path', path: 'CLAUDE.md' },
  { type: 'message', text: 'Add it\n\nCo-Authored-By: Claude <noreply@anthropic.com>\n' },
];
const rule = (id: string) => builtinRules().find((candidate) => candidate.id === id)!;

async function scanned() {
  const engine = await loadEngine({});
  return runPipeline(engine, [listSource('staged changes', () => SUBJECTS)], { gate: false, baseline: false });
}

describe('rule text is looked up by id', () => {
  it('a finding and its verdict carry no rule text, the report hands it once a rule', async () => {
    const { findings, report } = await scanned();
    expect(findings.map((finding) => finding.ruleId).sort()).toEqual(['claude-code/claude-md', 'claude-code/co-author-trailer']);
    for (const finding of [...findings, ...report.findings]) {
      expect(Object.keys(finding)).not.toContain('description');
      expect(Object.keys(finding)).not.toContain('fix');
    }
    expect(Object.keys(report.rules!).sort()).toEqual(['claude-code/claude-md', 'claude-code/co-author-trailer']);
    expect(report.rules!['claude-code/claude-md']!.fix).toBe(rule('claude-code/claude-md').fix);
  });

  it('the text report still shows each rule description and its fix', async () => {
    const { report } = await scanned();
    const text = formatText(report, { label: 'staged changes' });
    const claudeMd = rule('claude-code/claude-md');
    expect(text).toContain(`      ${claudeMd.description}\n      fix: ${fillPath(claudeMd.fix, 'CLAUDE.md')}\n`);
    expect(text).toContain(`      ${rule('claude-code/co-author-trailer').description}\n      fix: `);
  });

  it('the JSON report still gives every finding its rule description and raw fix', async () => {
    const { report } = await scanned();
    const json = JSON.parse(formatJson(report)) as { findings: { ruleId: string; description: string; fix: string }[] };
    for (const finding of json.findings) {
      expect(finding.description).toBe(rule(finding.ruleId).description);
      expect(finding.fix).toBe(rule(finding.ruleId).fix);
    }
  });

  it('a finding whose rule has no text reads as its rule id in every format, never a crash', async () => {
    const { report: full } = await scanned();
    const report: Report = { ...full, rules: {} };
    const id = 'claude-code/claude-md';
    const formats = [
      formatText(report, { label: 'staged changes' }),
      formatJson(report),
      formatSarif(report),
      formatGithub(report),
      formatJunit(report, { label: 'staged changes' }),
      formatGitlab(report),
      formatHookText(report, { hook: 'pre-commit', why: () => undefined }),
    ];
    for (const output of formats) expect(output).toContain(id);
    expect(formats[0]).toContain(`\n      ${id}\n`);
    expect(formats[6]).toContain(`rule:  ${id} — ${id} (tools.claude-code: block)`);
    const json = JSON.parse(formats[1]!) as { findings: { ruleId: string; description: string; fix: string }[] };
    expect(json.findings.find((finding) => finding.ruleId === id)).toMatchObject({ description: id, fix: '' });
  });
});

describe('the audit store keeps no rule text', () => {
  const row = (rule_id: string, tool: string): FindingRow => ({
    repository: 'acme/app',
    source: 'tree',
    rule_id,
    tool,
    kind: 'path',
    severity: 'block',
    status: 'blocking',
    commit_id: null,
    author: null,
    committed_at: null,
    path: 'CLAUDE.md',
    line: null,
    evidence: 'CLAUDE.md',
    fingerprint: 'fp',
    summary: null,
    note: null,
  });

  it("its SARIF gives a built-in rule's results the rule's own text, a policy's own rule its id", async () => {
    const sarif = JSON.parse(await formatAudit('sarif', [], [row('claude-code/claude-md', 'claude-code'), row('acme/notes', 'acme')])) as {
      runs: { results: { ruleId: string; message: { text: string } }[] }[];
    };
    const [builtin, own] = sarif.runs[0]!.results;
    const claudeMd = rule('claude-code/claude-md');
    expect(builtin!.message.text).toBe(`${claudeMd.description}: CLAUDE.md\nFix: ${fillPath(claudeMd.fix, 'CLAUDE.md')}`);
    expect(own!.message.text).toBe('acme/notes: CLAUDE.md\nFix: ');
  });
});
