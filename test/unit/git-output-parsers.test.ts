// The parsers of git's output, fed with output captured from real git (test/unit/fixtures/README.md says how).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNameStatus, parseRawAndPatch } from '../../src/git/raw-diff.js';
import { addedLines } from '../../src/git/added-lines.js';

const captured = readFileSync(new URL('fixtures/diff-cached-raw-patch.bin', import.meta.url), 'utf8');

describe('parseRawAndPatch on git diff --cached --raw -z -p', () => {
  const { paths, diff } = parseRawAndPatch(captured);
  it('reads every path whatever its characters, a rename by its new name, with modes', () => {
    expect(paths.map((path) => [path.status, path.path, path.mode])).toEqual([
      ['A', '-dash.md', '100644'],
      ['R', '.claude/settings.local.json', '100644'],
      ['M', 'a.txt', '100644'],
      ['A', 'new\nline.md', '100644'],
      ['A', 'sp ace.md', '100644'],
    ]);
  });
  it('leaves the patch whole, and its added lines carry their file and line', () => {
    expect(diff.startsWith('diff --git ')).toBe(true);
    const added = [...addedLines(diff)].map((line) => [line.path, line.line, line.text]);
    expect(added).toContainEqual(['a.txt', 2, 'two Generated with Claude Code']);
    expect(added).toContainEqual(['-dash.md', 1, 'z']);
    expect(added).toContainEqual(['new\nline.md', 1, 'x']);
    expect(added).toContainEqual(['sp ace.md', 1, 'y']);
  });
});

describe('parseNameStatus on --name-status -z', () => {
  it('takes a rename or copy by its new path', () => {
    expect(parseNameStatus('\nM\0a.txt\0R100\0old.md\0CLAUDE.md\0C075\0x\0.mcp.json\0D\0gone\0')).toEqual([
      { status: 'M', path: 'a.txt' },
      { status: 'R', path: 'CLAUDE.md' },
      { status: 'C', path: '.mcp.json' },
      { status: 'D', path: 'gone' },
    ]);
  });
});
