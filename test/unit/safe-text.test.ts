// The escaper every report runs the repository's text through, and the shell quoting of the fixes they print.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { displayText, guardLines, safeJson, shellQuote } from '../../src/report/safe-text.js';
import { fillPath, topPathspec } from '../../src/report/build-report.js';
import { colorEnabled } from '../../src/report/color.js';
import { codeSpan } from '../../src/report/markdown.js';

describe('displayText', () => {
  it('shows controls, line breaks, bidi and invisible characters escaped, on one line', () => {
    expect(displayText('a\x1b[2Jb\nc\rd\te\x07\x7f\x9b')).toBe('a\\x1b[2Jb\\nc\\rd\\te\\x07\\x7f\\x9b');
    expect(displayText('x\u202ey\u2066z\u200bw\ufeffv\u2028u')).toBe('x\\u{202e}y\\u{2066}z\\u{200b}w\\u{feff}v\\u{2028}u');
    expect(displayText('lone \ud800 surrogate')).toBe('lone \\u{d800} surrogate');
  });

  it("breaks the runner's v1 command form (##[cmd] anywhere in a line)", () => {
    expect(displayText('x ##[add-mask]secret')).toBe('x ##\\x5badd-mask]secret');
  });

  it('leaves ordinary text alone: emoji, accents, markup, a literal backslash', () => {
    const plain = '🤖 Generated with [Claude Code](https://claude.ai/code) — café \\n <b> ## [x]';
    expect(displayText(plain)).toBe(plain);
  });
});

describe('guardLines', () => {
  it('no line begins with :: after blanks; our own text is unchanged', () => {
    expect(guardLines('ok\n  ::error::x\n\t::warning::y\nz ::notice::w')).toBe('ok\n  \\x3a:error::x\n\t\\x3a:warning::y\nz ::notice::w');
  });
});

describe('safeJson', () => {
  it('escapes what JSON.stringify leaves raw and parses back to the same strings', () => {
    const value = { evidence: 'a\u009bb\u202ec\u2028d ##[error]e' };
    const json = safeJson(JSON.stringify(value));
    expect(json).not.toMatch(/[\u009b\u202e\u2028]|##\[/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('shellQuote', () => {
  const words = ['CLAUDE.md', 'a b.md', "it's.md", '.claude/\x1b[2J.json', 'x\ny', "q'\\\x07z", 'a ##[error]b', '\u202eevil'];
  for (const word of words) {
    it(`bash reads ${JSON.stringify(word)} back exactly`, () => {
      const quoted = shellQuote(word);
      expect(quoted).not.toMatch(/[\x00-\x1f\x7f\u202e]|##\[/);
      const out = spawnSync('bash', ['-c', `printf %s ${quoted}`], { encoding: 'utf8' });
      expect(out.stdout).toBe(word);
    });
  }
});

describe('fix commands name paths from the top of the work tree', () => {
  it('git rm gets a top pathspec, literal when the path holds glob characters; prose keeps the path', () => {
    expect(topPathspec('CLAUDE.md')).toBe(':/CLAUDE.md');
    expect(topPathspec('a[1]*.md')).toBe(':(top,literal)a[1]*.md');
    expect(topPathspec('!x')).toBe(':(top,literal)!x');
    expect(fillPath('git rm -r --cached {path}', '.claude')).toBe('git rm -r --cached :/.claude');
    expect(fillPath('Remove the server from {path}', 'a b/.mcp.json')).toBe("Remove the server from 'a b/.mcp.json'");
    expect(fillPath('git rm --cached {path}', undefined)).toBe('git rm --cached <file>');
  });
});

describe('colorEnabled, as picocolors and Node read the environment', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  const cases: [string, Parameters<typeof colorEnabled>[0], boolean][] = [
    ['a terminal', { env: {}, stream: tty }, true],
    ['a pipe', { env: {}, stream: pipe }, false],
    ['TERM=dumb', { env: { TERM: 'dumb' }, stream: tty }, false],
    ['NO_COLOR=1', { env: { NO_COLOR: '1' }, stream: tty }, false],
    ['NO_COLOR empty (no-color.org: only a non-empty value counts)', { env: { NO_COLOR: '' }, stream: tty }, true],
    ['FORCE_COLOR=1 on a pipe', { env: { FORCE_COLOR: '1' }, stream: pipe }, true],
    ['FORCE_COLOR=0 on a terminal', { env: { FORCE_COLOR: '0' }, stream: tty }, false],
    ['FORCE_COLOR=false', { env: { FORCE_COLOR: 'false' }, stream: tty }, false],
    ['FORCE_COLOR=0 in CI', { env: { FORCE_COLOR: '0', CI: 'true' }, stream: pipe }, false],
    ['NO_COLOR beats FORCE_COLOR=1 (picocolors)', { env: { NO_COLOR: '1', FORCE_COLOR: '1' }, stream: pipe }, false],
    ['CI log', { env: { CI: 'true' }, stream: pipe }, true],
    ['--no-color beats FORCE_COLOR', { env: { FORCE_COLOR: '1' }, stream: tty, flag: false }, false],
    ['--color beats NO_COLOR', { env: { NO_COLOR: '1' }, stream: pipe, flag: true }, true],
    ['a file, even with --color and FORCE_COLOR', { env: { FORCE_COLOR: '1' }, flag: true }, false],
  ];
  for (const [name, input, expected] of cases) it(name, () => expect(colorEnabled(input)).toBe(expected));
});

describe('codeSpan', () => {
  it('fences longer than any backtick run; pipes escaped in tables only', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('<script>\x1b')).toBe('`<script>\\x1b`');
  });
});
