// A tree scan greps the tracked files through the index and, apart, the files the index grep does not read from
// disk: untracked ones, and tracked ones git takes as unchanged. Each way a file could fall between the two greps
// is built with real git, beside a clean twin.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runJsonAsync, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const MARKER = 'Generated with [Claude Code](https://claude.ai/code)';
const CLEAN = 'Written by hand';

/** The content findings of a tree scan, as path:line, and its exit code. */
async function contentFindings(repo: TestRepo): Promise<[number, string[]]> {
  const { code, report } = await runJsonAsync(['scan'], { cwd: repo.dir });
  return [code, report.findings.filter((finding) => finding.kind === 'content').map((finding) => `${finding.path}:${finding.line}`)];
}

const expected = (line: string, found: string[]): [number, string[]] => (line === MARKER ? [1, found] : [0, []]);

describe('a tree scan reads every file as it is on disk', () => {
  it.each([MARKER, CLEAN])('a tracked file an ignore pattern matches (%s)', async (line) => {
    const repo = TestRepo.init();
    repo.write('src/generated.ts', `// ${line}\n`).add().commit('code');
    // git grep --untracked skips tracked files that .gitignore names: the marker would pass unseen.
    repo.write('.gitignore', 'src/generated.ts\nforced.txt\n').write('forced.txt', `${line}\n`);
    repo.git('add', '-f', 'forced.txt', '.gitignore');
    repo.commit('ignore them');
    expect(await contentFindings(repo)).toEqual(expected(line, ['forced.txt:1', 'src/generated.ts:1']));
  });

  it.each([MARKER, CLEAN])('a tracked file marked assume-unchanged or skip-worktree, then changed on disk (%s)', async (line) => {
    const repo = TestRepo.init();
    repo.write('a.md', 'notes\n').write('b.md', 'notes\n').write('c.md', 'notes\n').add().commit('notes');
    repo.git('update-index', '--assume-unchanged', 'a.md');
    repo.git('update-index', '--skip-worktree', 'b.md');
    // Both at once: ls-files tags it `s`.
    repo.git('update-index', '--assume-unchanged', '--skip-worktree', 'c.md');
    for (const path of ['a.md', 'b.md', 'c.md']) repo.write(path, `notes\n${line}\n`);
    expect(await contentFindings(repo)).toEqual(expected(line, ['a.md:2', 'b.md:2', 'c.md:2']));
  });

  it.each([MARKER, CLEAN])('untracked files past one command line, with pathspec magic in their names (%s)', async (line) => {
    const repo = TestRepo.init();
    repo.write('README.md', 'hello\n').add().commit('init');
    const long = 'x'.repeat(150);
    // 250 names of about 160 characters: over 24,000 characters, so two greps.
    for (let i = 0; i < 250; i++) repo.write(`drafts/${long}-${String(i).padStart(3, '0')}.md`, 'draft\n');
    repo.write(`drafts/${long}-249.md`, `draft\n${line}\n`);
    // Read as globs or magic, these would name other files or none.
    for (const name of ['[ab].md', ':(exclude)x.md', '*.md']) repo.write(`odd/${name}`, `${line}\n`);
    const found = [`drafts/${long}-249.md:2`, 'odd/*.md:1', 'odd/:(exclude)x.md:1', 'odd/[ab].md:1'];
    expect(await contentFindings(repo)).toEqual(expected(line, found));
  });

  it.each([MARKER, CLEAN])('more untracked files than are named to git: the work tree is grepped whole (%s)', async (line) => {
    const repo = TestRepo.init();
    repo.write('notes.md', 'notes\n').write('kept.md', 'kept\n').add().commit('init');
    // Ignored and taken as unchanged: the whole-tree grep skips it, so it is still named.
    repo.write('.gitignore', 'hidden.md\n').write('hidden.md', 'hidden\n').add();
    repo.git('add', '-f', 'hidden.md');
    repo.commit('hidden');
    repo.git('update-index', '--assume-unchanged', 'notes.md', 'hidden.md');
    repo.write('notes.md', `notes\n${line}\n`).write('hidden.md', `hidden\n${line}\n`);
    for (let i = 0; i < 300; i++) repo.write(`out/${String(i).padStart(3, '0')}.txt`, 'output\n');
    repo.write('out/299.txt', `output\n${line}\n`);
    // The tracked file no flag marks is not read twice: its line is counted once.
    repo.write('kept.md', `kept\n${line}\n`);
    expect(await contentFindings(repo)).toEqual(expected(line, ['hidden.md:2', 'kept.md:2', 'notes.md:2', 'out/299.txt:2']));
  });
});

describe("the tree's greps", () => {
  it("the early grep for the built-in words is stopped when the config's rules want others; their grep runs to its end", async () => {
    const repo = TestRepo.init();
    const rule = { id: 'acme/marker', tool: 'acme-bot', kind: 'content', severity: 'block', description: 'a marker', fix: 'remove it' };
    const customRules = [{ ...rule, pattern: 'made by acme-bot', keywords: ['acme-bot'] }];
    repo.write('.aiguardrc.json', JSON.stringify({ tools: { 'acme-bot': 'block' }, customRules }));
    // Lines past ASCII: git grep hands each one over, 6 MB in all, so it is still writing when the config is read.
    repo.write('notes.txt', 'é ligne de texte\n'.repeat(300_000)).write('bot.txt', 'made by acme-bot\n').add().commit('files');
    const events = join(tempDir(), 'trace2.json');
    const { report } = await runJsonAsync(['scan'], { cwd: repo.dir, env: cleanEnv({ GIT_TRACE2_EVENT: events }) });
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.path}`)).toContain('acme/marker bot.txt');
    // Each git process's command and how it ended (an exit event, or none when it was stopped).
    const processes = new Map<string, { words?: string; exit?: number }>();
    for (const line of readFileSync(events, 'utf8').split('\n').filter(Boolean)) {
      const event = JSON.parse(line) as { sid: string; event: string; argv?: string[]; code?: number };
      const entry = processes.get(event.sid) ?? {};
      if (event.event === 'start' && event.argv?.includes('grep')) entry.words = event.argv.join(' ').includes('acme') ? 'all' : 'built-in';
      if (event.event === 'exit') entry.exit = event.code;
      processes.set(event.sid, entry);
    }
    const greps = [...processes.values()].filter((entry) => entry.words !== undefined);
    expect(greps.map((entry) => [entry.words, entry.exit])).toEqual([
      ['built-in', undefined],
      ['all', 0],
    ]);
  });
});
