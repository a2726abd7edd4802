// A CI run simulated by its environment variables and event payload, over real repositories.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo, cleanEnv, runCli, runCliAsync, tempDir, type CliResult } from './git-repo.js';

export const CO_AUTHOR = 'Co-Authored-By: Claude <noreply@anthropic.com>';
/** A repository with a clean base commit and, on branch feature, one commit carrying the Claude Code co-author trailer. */
export function prRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = TestRepo.init();
  const base = repo.write('README.md', 'hi\n').add().commit('init');
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commit(`Change\n\n${CO_AUTHOR}\n`);
  return { repo, base, head };
}

export const GENERATED_WITH = '🤖 Generated with [Claude Code](https://claude.com/claude-code)';

/** GitHub Actions: GITHUB_ACTIONS, the event name and a payload file; only these variables and `extra`. */
export function githubEnv(event: string, payload: object, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = join(tempDir('aiguard-event-'), 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return cleanEnv({ GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, ...extra });
}

export function pullRequestPayload(
  base: string,
  head: string,
  pr: { title?: string; body?: string | null; ref?: string; number?: number } = {},
): object {
  return {
    pull_request: {
      number: pr.number ?? 7,
      title: pr.title ?? 'Add a feature',
      body: pr.body === undefined ? 'Adds a feature.' : pr.body,
      base: { sha: base, ref: 'main' },
      head: { sha: head, ref: pr.ref ?? 'feature' },
    },
    repository: { default_branch: 'main' },
  };
}

export interface CiJsonResult {
  code: number;
  stderr: string;
  findings: Record<string, unknown>[];
  summary: Record<string, number>;
}

/** `aiguard ci --format json`; exit 2 is returned, not thrown, so tests can check the message. */
export function runCiJson(args: string[], cwd: string, env: NodeJS.ProcessEnv): CiJsonResult {
  return ciJson(runCli(['ci', ...args, '--format', 'json'], { cwd, env }));
}

/** A ci --format json run: its report's findings and summary, or none on exit 2 (its one line in stderr). */
function ciJson(result: CliResult): CiJsonResult {
  if (result.code === 2) return { code: 2, stderr: result.stderr, findings: [], summary: {} };
  const report = JSON.parse(result.stdout) as { findings: Record<string, unknown>[]; summary: Record<string, number> };
  return { code: result.code, stderr: result.stderr, findings: report.findings, summary: report.summary };
}

/** runCiJson without blocking the worker, for tests whose ci runs go side by side. */
export async function runCiJsonAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CiJsonResult> {
  return ciJson(await runCliAsync(['ci', ...args, '--format', 'json'], { cwd, env }));
}

export function ruleIds(result: CiJsonResult): string[] {
  return result.findings.map((finding) => String(finding.ruleId)).sort();
}

/** A bare origin holding main with one clean commit. */
export function bareOrigin(): TestRepo {
  const work = TestRepo.init();
  work.write('README.md', 'project\n').add().commit('Initial commit');
  const origin = new TestRepo(tempDir('aiguard-origin-'));
  execFileSync('git', ['clone', '-q', '--bare', work.dir, origin.dir], { env: cleanEnv() });
  return origin;
}

/** git clone of url (extra arguments such as --depth 1 --branch x) into a fresh folder. */
export function cloneOf(url: string, ...args: string[]): TestRepo {
  const dir = tempDir('aiguard-clone-');
  execFileSync('git', ['clone', '-q', ...args, url, dir], { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  return new TestRepo(dir);
}
