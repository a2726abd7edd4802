// Terminal and CLI conventions: colour as the ecosystem reads it and never in a file, --quiet and --verbose,
// aiguard help <command>, scan --fail-on, rules' own checks, repeated history findings grouped, and every bad input
// exit 2 with one line.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, cleanupTempDirs, runCli, runCliAsync, tempDir } from '../helpers/git-repo.js';
import { CO_AUTHOR } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

const ANSI = /\x1b\[/;

function tracedRepo(): TestRepo {
  const repo = TestRepo.init();
  repo.write('CLAUDE.md', 'x\n').add().commit(`Add memory\n\n${CO_AUTHOR}\n`);
  return repo;
}

describe('colour', () => {
  const repo = tracedRepo();
  const colourEnv = (extra: Record<string, string | undefined>) =>
    cleanEnv({ NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...extra });
  const cases: [string, string[], Record<string, string | undefined>, boolean][] = [
    ['a pipe: none', [], {}, false],
    ['FORCE_COLOR=1', [], { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 even in CI', [], { FORCE_COLOR: '0', CI: 'true' }, false],
    ['NO_COLOR=1 beats FORCE_COLOR=1', [], { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
    ['--no-color beats FORCE_COLOR=1', ['--no-color'], { FORCE_COLOR: '1' }, false],
    ['--color beats NO_COLOR=1', ['--color'], { NO_COLOR: '1' }, true],
    ['CI=true (CI logs render colour)', [], { CI: 'true' }, true],
  ];
  // Read-only scans of one repository: the cases run side by side.
  for (const [name, args, env, painted] of cases) {
    it.concurrent(name, async () => {
      const result = await runCliAsync(['scan', ...args], { cwd: repo.dir, env: colourEnv(env) });
      expect(result.code).toBe(1);
      expect(ANSI.test(result.stdout)).toBe(painted);
    });
  }

  it('never in a file written by --output or --report, whatever --color and FORCE_COLOR say', () => {
    const dir = tempDir();
    const args = ['scan', '--color', '--output', join(dir, 'a.txt'), '--report', `text=${join(dir, 'b.txt')}`];
    const result = runCli(args, { cwd: repo.dir, env: colourEnv({ FORCE_COLOR: '1' }) });
    expect(result.code).toBe(1);
    for (const file of ['a.txt', 'b.txt']) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text).toMatch(/aiguard: blocked/);
      expect(ANSI.test(text), file).toBe(false);
    }
    // Beside a file, the text on standard output is still painted.
    const bothArgs = ['scan', '--report', `json=${join(dir, 'c.json')}`, '--format', 'text'];
    const both = runCli(bothArgs, { cwd: repo.dir, env: colourEnv({ FORCE_COLOR: '1' }) });
    expect(ANSI.test(both.stdout)).toBe(true);
    expect(ANSI.test(readFileSync(join(dir, 'c.json'), 'utf8'))).toBe(false);
  });
});

describe('--quiet and --verbose', () => {
  it('--quiet prints the verdict line alone; the exit code is unchanged', () => {
    const repo = tracedRepo();
    const result = runCli(['scan', '--all', '--quiet'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('✖ aiguard: blocked — 2 blocking, 0 warnings, 0 info · 1 commit scanned\n');
    const clean = runCli(['scan', '-q'], { cwd: TestRepo.init().write('a.txt', 'a\n').dir });
    expect(clean).toMatchObject({ code: 0, stdout: '✓ aiguard: no AI tool traces found\n' });
  });

  it("--verbose adds each finding's tool, kind, fingerprint and full commit id", () => {
    const repo = tracedRepo();
    const id = repo.git('rev-parse', 'HEAD').trim();
    const result = runCli(['scan', '--all', '--verbose'], { cwd: repo.dir });
    expect(result.stdout).toMatch(/tool claude-code, kind message, severity block, fingerprint [0-9a-f]{32}/);
    expect(result.stdout).toContain('      why: Claude Code adds this trailer');
    expect(result.stdout).toContain(`commit ${id}\n`);
    expect(runCli(['scan', '--all'], { cwd: repo.dir }).stdout).not.toContain('fingerprint');
  });
});

describe('history scans group a finding repeated across commits', () => {
  it('twelve commits with the same trailer: one entry, its count, ten commits and how many more', async () => {
    const repo = TestRepo.init();
    const ids: string[] = [];
    for (let index = 0; index < 12; index++) ids.push(repo.write(`f${index}.txt`, 'x\n').add().commit(`Change ${index}\n\n${CO_AUTHOR}\n`));
    const [result, verbose] = await Promise.all([
      runCliAsync(['scan', '--all'], { cwd: repo.dir }),
      runCliAsync(['scan', '--all', '--verbose'], { cwd: repo.dir }),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('12 commits with the same finding\n  ✖ blocking  claude-code/co-author-trailer  message line 3\n');
    expect(result.stdout.split(CO_AUTHOR)).toHaveLength(2);
    const newestFirst = ids.reverse().map((id) => id.slice(0, 12));
    expect(result.stdout).toContain(`commits: ${newestFirst.slice(0, 10).join(' ')} … and 2 more (--verbose lists them all)\n`);
    // One rebase from the parent of the oldest rewords them all; the oldest is the first commit: --root.
    const reword = "git -c sequence.editor='sed -i.bak s/^pick/reword/' -c core.editor='aiguard fix-message' rebase -i";
    expect(result.stdout).toContain(`fix: ${reword} --root\n`);
    expect(result.stdout).toMatch(/blocked — 12 blocking, .* · 12 commits scanned/);
    expect(verbose.stdout).toContain(`commits: ${newestFirst.join(' ')}\n`);
  });

  it('the twin: the trailer in one commit only is listed under that commit, not grouped', () => {
    const repo = TestRepo.init();
    repo.write('a.txt', 'x\n').add().commit('Plain');
    const id = repo.write('b.txt', 'x\n').add().commit(`Traced\n\n${CO_AUTHOR}\n`);
    const result = runCli(['scan', '--all'], { cwd: repo.dir });
    expect(result.stdout).not.toContain('with the same finding');
    expect(result.stdout).toContain(`commit ${id.slice(0, 12)}  Traced`);
  });
});

describe('aiguard help <command>', () => {
  const dir = TestRepo.init().dir;
  for (const command of ['scan', 'ci', 'rules', 'explain', 'hook', 'init', 'baseline', 'fix-message']) {
    it.concurrent(`help ${command} prints what ${command} --help prints`, async () => {
      const [help, own] = await Promise.all([runCliAsync(['help', command], { cwd: dir }), runCliAsync([command, '--help'], { cwd: dir })]);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/^Usage: aiguard /);
      expect(help.stdout).toBe(own.stdout);
    });
  }
  it.concurrent('aiguard help alone (or help help) lists the commands', async () => {
    const [alone, helpHelp] = await Promise.all([runCliAsync(['help'], { cwd: dir }), runCliAsync(['help', 'help'], { cwd: dir })]);
    expect(alone.stdout).toMatch(/^Usage: aiguard <command> \[options\]\nCommands:\n/);
    expect(helpHelp).toMatchObject({ code: 0, stdout: alone.stdout });
  });
});

describe('scan --fail-on, as ci has it', () => {
  it('warn fails on a warning, never passes a blocking finding, block is the default', async () => {
    const warned = TestRepo.init();
    warned.write('.cursorrules', 'x\n').add().commit('a Cursor rules file (cursor warns by default)');
    const blocked = tracedRepo();
    const [plain, warn, block, never] = await Promise.all([
      runCliAsync(['scan'], { cwd: warned.dir }),
      runCliAsync(['scan', '--fail-on', 'warn'], { cwd: warned.dir }),
      runCliAsync(['scan', '--fail-on', 'block'], { cwd: warned.dir }),
      runCliAsync(['scan', '--fail-on', 'never'], { cwd: blocked.dir }),
    ]);
    expect([plain.code, warn.code, block.code]).toEqual([0, 1, 0]);
    expect(never.code).toBe(0);
    expect(never.stdout).toMatch(/aiguard: blocked/);
  });
});

describe('rules --tool and --format', () => {
  it('a known tool lists its rules alone', () => {
    const result = runCli(['rules', '--tool', 'cursor'], { cwd: TestRepo.init().dir });
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').slice(1, -1);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toMatch(/^cursor\/\S+\s+cursor\s/);
  });
  it("a tool a policy's own rule names is known", () => {
    const repo = TestRepo.init();
    const rule = { id: 'acme/notes', tool: 'acme-bot', kind: 'path', severity: 'block', description: 'd', fix: 'f', paths: ['NOTES.md'] };
    repo.write('.aiguardrc.json', JSON.stringify({ customRules: [rule] }));
    const result = runCli(['rules', '--tool', 'acme-bot', '--format', 'json'], { cwd: repo.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ id: 'acme/notes', tool: 'acme-bot' })]);
  });
});

describe('every bad input of these options: exit 2 and one line that names it', () => {
  const repo = tracedRepo();
  const failOn = 'aiguard: --fail-on: unknown value sometimes (expected block, warn, never)';
  const cases: [string, string[], string][] = [
    ['scan --fail-on', ['scan', '--fail-on', 'sometimes'], failOn],
    ['ci --fail-on', ['ci', '--fail-on', 'sometimes', '--base', 'HEAD'], failOn],
    ['--quiet with --verbose', ['scan', '--quiet', '--verbose'], 'aiguard: --quiet and --verbose cannot be used together'],
    ['--output empty', ['scan', '--output', ''], 'aiguard: --output: needs a file name'],
    ['--color with a value', ['scan', '--color=yes'], "aiguard: aiguard scan: Option '--color' does not take an argument"],
    ['rules --tool unknown', ['rules', '--tool', 'cursr'], 'aiguard: aiguard rules: --tool: unknown value cursr (expected claude-code, '],
    ['rules --format unknown', ['rules', '--format', 'xml'], 'aiguard: aiguard rules: --format: unknown value xml (expected text, json)'],
    ['help of an unknown command', ['help', 'scna'], 'aiguard: unknown command: scna (expected scan, '],
    ['help with two commands', ['help', 'scan', 'ci'], 'aiguard: aiguard help: unexpected argument: ci'],
  ];
  for (const [name, args, line] of cases) {
    it.concurrent(name, async () => {
      const result = await runCliAsync(args, { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.startsWith(line), result.stderr).toBe(true);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
