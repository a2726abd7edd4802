// Message forms that hide a trailer or marker from a naive match, each committed with real git and scanned with
// `scan --all`; git interpret-trailers is the oracle for folded trailers. Every case has a clean twin that passes.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanupTempDirs, runJson } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const CLAUDE_TRAILER = 'claude-code/co-author-trailer';
const CLAUDE_MARKER = 'claude-code/generated-with-marker';

// Default-ignorable code points and bidi marks of every family (code points, so astral ones are written once).
const INVISIBLE = [
  0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180c, 0x180d, 0x180e, 0x180f, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f,
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0x206a, 0x206f, 0x3164,
  0xfe00, 0xfe0f, 0xfeff, 0xffa0, 0xfff0, 0x1bca0, 0x1d173, 0xe0001, 0xe0041, 0xe007f, 0xe0100, 0xe01ef,
];

interface Case {
  name: string;
  message: string;
  rule: string;
  /** True for the clean twin: no finding of any claude-code rule. */
  clean?: boolean;
}

const hide = (text: string, codePoint: number): string => {
  const char = String.fromCodePoint(codePoint);
  return text
    .replace('Co-Authored-By', `Co-${char}Authored-By`)
    .replace('anthropic', `anth${char}ropic`)
    .replace('Claude', `Cl${char}aude`);
};

const found = (name: string, message: string, rule: string): Case => ({ name, message, rule });
const twin = (name: string, message: string, rule: string): Case => ({ name, message, rule, clean: true });
const TRAILER = 'Co-Authored-By: Claude <noreply@anthropic.com>';

const CASES: Case[] = [
  found('folded trailer: address on a continuation line', 'Fix\n\nCo-Authored-By: Claude\n   <noreply@anthropic.com>\n', CLAUDE_TRAILER),
  found(
    'folded trailer: value on tab-indented lines',
    'Fix\n\nSigned-off-by: A <a@example.org>\nCo-authored-by:\n\tClaude\n\t<noreply@anthropic.com>\n',
    CLAUDE_TRAILER,
  ),
  twin('folded trailer, clean twin', 'Fix\n\nCo-Authored-By: Alice\n   <alice@example.org>\n', CLAUDE_TRAILER),
  found('runs of spaces and tabs inside the marker', 'Fix\n\nGenerated  with\t\t[Claude   Code](https://claude.ai/code)\n', CLAUDE_MARKER),
  found('runs of spaces inside the trailer', 'Fix\n\nCo-Authored-By:\t\tClaude    <noreply@anthropic.com>\n', CLAUDE_TRAILER),
  twin('runs of spaces, clean twin', 'Fix\n\nGenerated  with\t\t[Sphinx](https://www.sphinx-doc.org)\n', CLAUDE_MARKER),
  found(
    'marker wrapped by squash reflow',
    'Squash (#12)\n\n* fix\n\nGenerated with [Claude\nCode](https://claude.ai/code)\n',
    CLAUDE_MARKER,
  ),
  found(
    'marker wrapped before the link',
    'Squash (#13)\n\n🤖 Generated with\n[Claude Code](https://claude.com/claude-code)\n',
    CLAUDE_MARKER,
  ),
  twin('wrapped text, clean twin', "Squash (#14)\n\nGenerated with [Claude\nShannon's entropy](https://example.org/e)\n", CLAUDE_MARKER),
  found('trailer after literal \\n sequences', `fix\\n\\n${TRAILER}\n`, CLAUDE_TRAILER),
  found('trailer after literal \\r\\n sequences', `fix\\r\\n\\r\\n${TRAILER}\n`, CLAUDE_TRAILER),
  twin('literal \\n, clean twin', 'fix\\n\\nCo-Authored-By: Alice <alice@example.org>\n', CLAUDE_TRAILER),
  ...INVISIBLE.map((codePoint) =>
    found(
      `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} in the trailer`,
      hide(`Fix\n\n${TRAILER}\n`, codePoint),
      CLAUDE_TRAILER,
    ),
  ),
  // Homoglyphs: letters of other scripts and dashes that look like the ASCII ones (Unicode's confusables).
  found('a Cyrillic Es for the C of Claude', 'Fix\n\n🤖 Generated with [\u0421laude Code](https://claude.com/claude-code)\n', CLAUDE_MARKER),
  found('Cyrillic a, e and o', 'Fix\n\nG\u0435nerated with [Cl\u0430ud\u0435 C\u043Ede](https://claude.ai/code)\n', CLAUDE_MARKER),
  found('hyphens (U+2010) in the trailer key', 'Fix\n\nCo\u2010Authored\u2010By: Claude <noreply@anthropic.com>\n', CLAUDE_TRAILER),
  found('a minus sign and a Greek omicron', 'Fix\n\nCo\u2212Authored-By: Claude <n\u03BFreply@anthropic.com>\n', CLAUDE_TRAILER),
  twin('Russian and Greek prose, clean twin', 'Исправлено: ошибка в коде — проверено.\n\nΟ κώδικας ελέγχθηκε.\n', CLAUDE_MARKER),
  twin('a Cyrillic name in a trailer, clean twin', 'Fix\n\nCo\u2010Authored\u2010By: Сергей Петров <s@example.org>\n', CLAUDE_TRAILER),
  ...[0x200b, 0x034f, 0xe0041].map((codePoint) => ({
    name: `U+${codePoint.toString(16).toUpperCase()} in a person's trailer, clean twin`,
    message: hide('Fix\n\nCo-Authored-By: Alice <alice@example.org>\n', codePoint),
    rule: CLAUDE_TRAILER,
    clean: true,
  })),
];

describe('message forms, as real commits scanned with scan --all', () => {
  const commits = new Map<string, string>();
  let findings: Record<string, unknown>[] = [];
  let repo: TestRepo;
  beforeAll(() => {
    repo = TestRepo.init();
    for (const entry of CASES) commits.set(entry.name, repo.commit(entry.message));
    findings = runJson(['scan', '--all'], { cwd: repo.dir }).report.findings;
  });

  for (const entry of CASES) {
    it(entry.name, () => {
      const ofCommit = findings.filter((finding) => finding.commit === commits.get(entry.name));
      if (entry.clean) expect(ofCommit.filter((finding) => String(finding.ruleId).startsWith('claude-code/'))).toEqual([]);
      else expect(ofCommit.map((finding) => finding.ruleId)).toContain(entry.rule);
    });
  }

  it('reads folded trailers as git interpret-trailers does', () => {
    for (const name of ['folded trailer: address on a continuation line', 'folded trailer: value on tab-indented lines']) {
      const stored = repo.git('log', '-1', '--format=%B', commits.get(name)!);
      const parsed = execFileSync('git', ['interpret-trailers', '--parse'], { input: stored, encoding: 'utf8' });
      expect(parsed).toMatch(/^Co-authored-by: Claude <noreply@anthropic\.com>$/im);
      const finding = findings.find((candidate) => candidate.commit === commits.get(name) && candidate.ruleId === CLAUDE_TRAILER)!;
      expect(String(finding.evidence).replace(/\s+/g, ' ')).toMatch(/Claude <noreply@anthropic\.com>/);
      expect(finding.line).toBe(name.includes('tab') ? 4 : 3);
    }
  });
});

describe('the logical form holds every trailer as git interpret-trailers --parse reads it', () => {
  const messages = [
    'Fix\n\nCo-Authored-By: Claude\n   <noreply@anthropic.com>\n',
    'Fix\n\nSigned-off-by: A <a@example.org>\nCo-authored-by:\n\tClaude\n\t<noreply@anthropic.com>\nReviewed-by: B\n  <b@example.org>\n',
    'Fix\n\nKey: one\n two\n   three\nOther:   spaced    value\n',
    'Subject\n\nBody line\n\nCo-authored-by: Claude Opus 4.5\n <noreply@anthropic.com>\nSigned-off-by: C <c@example.org>\n',
  ];
  for (const message of messages) {
    it(JSON.stringify(message.slice(0, 60)), async () => {
      const { messageForms } = await import('../../src/detect/message-forms.js');
      const logical = messageForms(message)[0]!.text.split('\n');
      const parsed = execFileSync('git', ['interpret-trailers', '--parse'], { input: message, encoding: 'utf8' }).trim().split('\n');
      expect(parsed.length).toBeGreaterThan(0);
      for (const trailer of parsed) expect(logical).toContain(trailer.replace(/[ \t]+/g, ' '));
    });
  }
});
