// Every scan reads every form of a marker: detect compares text after NFKC, without invisible characters and with
// look-alike letters of other scripts read as ASCII, so
// neither git grep (the tree) nor the patch's keyword gate (staged changes, history) may decide on the raw text
// alone. Work tree, bare repository (HEAD), staged, a commit range, and a git built without PCRE alike.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runJsonAsync, tempDir } from '../helpers/git-repo.js';

afterAll(cleanupTempDirs);

const RULE = 'claude-code/generated-marker-in-file';
const MARKER = 'Generated with [Claude Code](https://claude.ai/code)';

const CYRILLIC_C = MARKER.replace('Claude', '\u0421laude').replace('claude', '\u0441laude');

const FORMS: [string, string][] = [
  ['full-width letters', MARKER.replace(/[A-Za-z[\]()]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0))],
  ['one full-width letter', `\uFF27${MARKER.slice(1)}`],
  ['a zero-width space inside a word', `Gen\u200Berated${MARKER.slice('Generated'.length)}`],
  ['a soft hyphen inside a word', `Gene\u00ADrated${MARKER.slice('Generated'.length)}`],
  ['a mathematical bold capital', `\u{1D406}${MARKER.slice(1)}`],
  // Look-alikes wherever the marker holds a word (its link too): no keyword is left in the raw text.
  ['a Cyrillic Es for the C of Claude', CYRILLIC_C],
  ['Greek and Cyrillic o, a and e', CYRILLIC_C.replace('Code', 'C\u03BFd\u0435').replace('Generated', 'Gener\u0430ted')],
  // Hundreds of look-alikes in one patch: read whole, not span by span.
  ['a Cyrillic Es amid Russian prose', `${'Сборка прошла проверку. '.repeat(40)}${CYRILLIC_C}`],
];

/** Look-alikes that are not the marker once normalised: CJK prose with full-width punctuation, a full-width word. */
const CLEAN = [
  '注意：这是说明（不是标记）。',
  '\uFF27\uFF45\uFF4E\uFF45\uFF52\uFF41\uFF54\uFF45\uFF44 with care',
  'naïve café — “quoted”…',
  'Сгенерировано с помощью скрипта сборки.',
  'Ο κώδικας δημιουργήθηκε αυτόματα.',
];

function repoWith(lines: string[], binary: boolean): TestRepo {
  const repo = TestRepo.init();
  repo.write('README.md', 'hello\n').add().commit('init');
  lines.forEach((line, index) => repo.write(`docs/form-${index}.md`, `${binary ? '\0binary\n' : 'notes\n'}${line}\n`));
  return repo;
}

const markerPlaces = (report: { findings: Record<string, unknown>[] }) =>
  report.findings
    .filter((finding) => finding.ruleId === RULE)
    .map((finding) => `${finding.path}:${finding.line}`)
    .sort();

/** git with PCRE left out of its build, as some are (-P then fails with git's own message): real git otherwise. */
function gitWithoutPcre(): NodeJS.ProcessEnv {
  const bin = tempDir('aiguard-git-nopcre-');
  mkdirSync(bin, { recursive: true });
  const shim = join(bin, 'git');
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8', env: cleanEnv() }).trim();
  const refuse = 'echo "fatal: cannot use Perl-compatible regexes when not compiled with USE_LIBPCRE" >&2; exit 128';
  writeFileSync(shim, `#!/bin/sh\nfor arg in "$@"; do [ "$arg" = -P ] && { ${refuse}; }; done\nexec '${real}' "$@"\n`);
  chmodSync(shim, 0o755);
  return cleanEnv({ PATH: `${bin}:${process.env.PATH}` });
}

describe('tree scans read every form of a marker', () => {
  const expected = FORMS.map((_, index) => `docs/form-${index}.md:2`);

  for (const binary of [false, true]) {
    it(`${binary ? 'files with a NUL byte' : 'text files'}: tree, bare HEAD, staged and history agree; look-alikes pass`, async () => {
      const repo = repoWith(
        FORMS.map(([, line]) => line),
        binary,
      );
      const twin = repoWith(CLEAN, binary);
      const staged = await runJsonAsync(['scan', '--staged'], { cwd: repo.add().dir });
      repo.commit('forms');
      twin.add().commit('look-alikes');
      const bare = tempDir();
      repo.git('clone', '-q', '--bare', repo.dir, join(bare, 'forms.git'));
      const [history, tree, bareTree, twinTree] = await Promise.all([
        runJsonAsync(['scan', '--range', 'HEAD~1..HEAD'], { cwd: repo.dir }),
        runJsonAsync(['scan'], { cwd: repo.dir }),
        runJsonAsync(['scan', join(bare, 'forms.git')], { cwd: bare }),
        runJsonAsync(['scan'], { cwd: twin.dir }),
      ]);
      expect(markerPlaces(staged.report)).toEqual(expected);
      expect([history.code, markerPlaces(history.report)]).toEqual([1, expected]);
      expect([tree.code, markerPlaces(tree.report)]).toEqual([1, expected]);
      expect([bareTree.code, markerPlaces(bareTree.report)]).toEqual([1, expected]);
      expect([twinTree.code, twinTree.report.findings]).toEqual([0, []]);
    });
  }

  it('a git without PCRE gets the same lines from two greps, each line once', async () => {
    const repo = repoWith([...FORMS.map(([, line]) => line), MARKER], false);
    repo.add().commit('forms');
    const env = gitWithoutPcre();
    const [withPcre, withoutPcre] = await Promise.all([
      runJsonAsync(['scan'], { cwd: repo.dir }),
      runJsonAsync(['scan'], { cwd: repo.dir, env }),
    ]);
    expect(markerPlaces(withoutPcre.report)).toEqual([...expected, `docs/form-${FORMS.length}.md:2`]);
    expect(withoutPcre.report.findings).toEqual(withPcre.report.findings);
  });
});

describe('patches read look-alikes by themselves (no other form in the commit to open the gate)', () => {
  const RUSSIAN = 'Сборка прошла проверку. '.repeat(40);
  const alone = async (line: string) => {
    const repo = repoWith([line], false);
    const staged = await runJsonAsync(['scan', '--staged'], { cwd: repo.add().dir });
    repo.commit('one file');
    const history = await runJsonAsync(['scan', '--range', 'HEAD~1..HEAD'], { cwd: repo.dir });
    return [markerPlaces(staged.report), markerPlaces(history.report)];
  };

  it('a few look-alikes (spans around them), a page of them (read whole) and an astral one are found; the page alone passes', async () => {
    // An astral look-alike (U+1F74C, an alchemical symbol, for C): a surrogate pair read as one letter.
    const astral = MARKER.replace('Claude', '\u{1F74C}laude').replace('claude', '\u{1F74C}laude');
    const runs = await Promise.all([CYRILLIC_C, `${RUSSIAN}${CYRILLIC_C}`, astral, RUSSIAN].map(alone));
    const found = [['docs/form-0.md:2'], ['docs/form-0.md:2']];
    expect(runs).toEqual([found, found, found, [[], []]]);
  });
});
