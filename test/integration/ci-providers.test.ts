import { afterAll, describe, expect, it } from 'vitest';
import { TestRepo, cleanEnv, cleanupTempDirs, runCliAsync } from '../helpers/git-repo.js';
import { CO_AUTHOR, bareOrigin, cloneOf, ruleIds, runCiJsonAsync } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

interface Feature {
  repo: TestRepo;
  base: string;
  head: string;
}
let built: (Feature & { origin: TestRepo }) | undefined;

/** A clone of an origin whose main has a traced commit; a feature branch of two commits, one traced. Built once, copied. */
function cloneWithFeature(): Feature {
  built ??= buildCloneWithFeature();
  const origin = built.origin.copy();
  const repo = built.repo.copy();
  repo.git('remote', 'set-url', 'origin', origin.dir);
  return { repo, base: built.base, head: built.head };
}

function buildCloneWithFeature(): Feature & { origin: TestRepo } {
  const origin = bareOrigin();
  const repo = cloneOf(origin.dir);
  repo.write('old.txt', 'x\n').add().commit(`Old\n\n${CO_AUTHOR}\n`);
  repo.git('push', '-q', 'origin', 'main');
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('CLAUDE.md', 'x\n').add().commit('Notes');
  const head = repo.commit('More');
  return { origin, repo, base, head };
}

// Every test works in its own copy (or builds its repository) before its first await: the tests of a describe run side by side.
describe.concurrent('GitLab CI', () => {
  it('branch pipeline: CI_COMMIT_BEFORE_SHA..CI_COMMIT_SHA', async () => {
    const { repo, base, head } = cloneWithFeature();
    const env = cleanEnv({
      GITLAB_CI: 'true',
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BRANCH: 'feature',
      CI_COMMIT_BEFORE_SHA: base,
      CI_COMMIT_SHA: head,
      CI_DEFAULT_BRANCH: 'main',
    });
    const result = await runCiJsonAsync([], repo.dir, env);
    expect(result.summary.commitsScanned).toBe(2);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
  });

  it('new branch pipeline (before is all zeros): the commits not on the default branch', async () => {
    const { repo, head } = cloneWithFeature();
    const env = cleanEnv({
      GITLAB_CI: 'true',
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_BRANCH: 'feature',
      CI_COMMIT_BEFORE_SHA: '0'.repeat(40),
      CI_COMMIT_SHA: head,
      CI_DEFAULT_BRANCH: 'main',
    });
    const result = await runCiJsonAsync([], repo.dir, env);
    expect(result.summary.commitsScanned).toBe(2);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
  });

  it('MR title is read; a merge-request pipeline without a base exits 2', async () => {
    const { repo, base, head } = cloneWithFeature();
    const mr = { GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '4', CI_COMMIT_SHA: head };
    const titled = await runCiJsonAsync(
      [],
      repo.dir,
      cleanEnv({
        ...mr,
        CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
        CI_MERGE_REQUEST_TITLE: 'Generated with [Claude Code](https://claude.ai/code)',
      }),
    );
    expect(ruleIds(titled)).toEqual(['claude-code/claude-md', 'claude-code/generated-with-marker']);
    expect(titled.findings.find((finding) => finding.ruleId === 'claude-code/generated-with-marker')?.field).toBe('title');
    const missing = await runCliAsync(['ci'], { cwd: repo.dir, env: cleanEnv(mr) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('aiguard: CI_MERGE_REQUEST_DIFF_BASE_SHA: not set in a merge-request pipeline\n');
  });

  it('scheduled pipeline: the tree', async () => {
    const { repo, head } = cloneWithFeature();
    const result = await runCiJsonAsync(
      [],
      repo.dir,
      cleanEnv({ GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_SHA: head, CI_COMMIT_BRANCH: 'feature' }),
    );
    expect(result.summary.commitsScanned).toBe(0);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
  });
});

describe.concurrent('Bitbucket, Azure, Jenkins, CircleCI: the commits not on the target branch', () => {
  const cases: [string, (head: string) => Record<string, string>][] = [
    [
      'Bitbucket pull request',
      (head) => ({
        BITBUCKET_BUILD_NUMBER: '9',
        BITBUCKET_COMMIT: head,
        BITBUCKET_BRANCH: 'feature',
        BITBUCKET_PR_ID: '2',
        BITBUCKET_PR_DESTINATION_BRANCH: 'main',
      }),
    ],
    ['Bitbucket branch build', (head) => ({ BITBUCKET_BUILD_NUMBER: '9', BITBUCKET_COMMIT: head, BITBUCKET_BRANCH: 'feature' })],
    [
      'Azure pull request',
      (head) => ({
        TF_BUILD: 'True',
        BUILD_REASON: 'PullRequest',
        SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main',
        SYSTEM_PULLREQUEST_SOURCEBRANCH: 'refs/heads/feature',
        SYSTEM_PULLREQUEST_SOURCECOMMITID: head,
        BUILD_SOURCEVERSION: head,
      }),
    ],
    [
      'Jenkins change request',
      (head) => ({
        JENKINS_URL: 'https://ci.example.org/',
        CHANGE_ID: '5',
        CHANGE_TARGET: 'main',
        CHANGE_BRANCH: 'feature',
        GIT_COMMIT: head,
      }),
    ],
    [
      'CircleCI',
      (head) => ({ CIRCLECI: 'true', CIRCLE_SHA1: head, CIRCLE_BRANCH: 'feature', CIRCLE_PULL_REQUEST: 'https://example.org/pull/5' }),
    ],
  ];
  for (const [name, variables] of cases) {
    it(name, async () => {
      const { repo, head } = cloneWithFeature();
      const result = await runCiJsonAsync([], repo.dir, cleanEnv(variables(head)));
      expect(result.summary.commitsScanned).toBe(2);
      expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
    });
  }

  it('Jenkins branch build: GIT_PREVIOUS_SUCCESSFUL_COMMIT..GIT_COMMIT', async () => {
    const { repo, head } = cloneWithFeature();
    const previous = repo.git('rev-parse', 'HEAD~1').trim();
    const result = await runCiJsonAsync(
      [],
      repo.dir,
      cleanEnv({
        JENKINS_URL: 'https://ci.example.org/',
        GIT_COMMIT: head,
        GIT_PREVIOUS_SUCCESSFUL_COMMIT: previous,
        BRANCH_NAME: 'feature',
      }),
    );
    expect(result.summary.commitsScanned).toBe(1);
    expect(result.findings).toEqual([]);
  });

  it('Jenkins change title is read', async () => {
    const { repo, head } = cloneWithFeature();
    const result = await runCiJsonAsync(
      [],
      repo.dir,
      cleanEnv({
        JENKINS_URL: 'https://ci.example.org/',
        CHANGE_ID: '5',
        CHANGE_TARGET: 'main',
        GIT_COMMIT: head,
        CHANGE_TITLE: `Fix\n\n${CO_AUTHOR}`,
      }),
    );
    expect(ruleIds(result)).toEqual(['claude-code/claude-md', 'claude-code/co-author-trailer']);
  });

  it('a target branch missing from the clone is fetched', async () => {
    const { repo, head } = cloneWithFeature();
    repo.git('update-ref', '-d', 'refs/remotes/origin/main');
    const result = await runCiJsonAsync(
      [],
      repo.dir,
      cleanEnv({
        TF_BUILD: 'True',
        BUILD_REASON: 'PullRequest',
        SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main',
        SYSTEM_PULLREQUEST_SOURCECOMMITID: head,
      }),
    );
    expect(result.summary.commitsScanned).toBe(2);
  });
});

describe.concurrent('any CI: --base and --head', () => {
  it('scans base..head and overrides a detected CI', async () => {
    const { repo, base, head } = cloneWithFeature();
    const result = await runCiJsonAsync(['--base', base, '--head', head], repo.dir, cleanEnv({ CIRCLECI: 'true', CIRCLE_SHA1: base }));
    expect(result.summary.commitsScanned).toBe(2);
    expect(ruleIds(result)).toEqual(['claude-code/claude-md']);
  });

  it('--base names a branch that only the remote has', async () => {
    const { repo } = cloneWithFeature();
    repo.git('branch', '-D', 'main');
    const result = await runCiJsonAsync(['--base', 'main'], repo.dir, cleanEnv());
    expect(result.summary.commitsScanned).toBe(2);
    repo.git('update-ref', '-d', 'refs/remotes/origin/main');
    expect((await runCiJsonAsync(['--base', 'main'], repo.dir, cleanEnv())).summary.commitsScanned).toBe(2);
  });

  it('--help lists the options', async () => {
    const result = await runCliAsync(['ci', '--help'], { cwd: TestRepo.init().dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: aiguard ci \[options\]/);
    expect(result.stdout).toMatch(/--report FMT=FILE/);
  });

  it('--fail-on warn and never', async () => {
    const repo = TestRepo.init();
    const base = repo.write('a.txt', 'a\n').add().commit('init');
    repo.write('.cursorrules', 'x\n').add().commit('Cursor rules');
    const warn = await runCliAsync(['ci', '--base', base], { cwd: repo.dir });
    expect(warn.code).toBe(0);
    expect((await runCliAsync(['ci', '--base', base, '--fail-on', 'warn'], { cwd: repo.dir })).code).toBe(1);
    repo.write('CLAUDE.md', 'x\n').add().commit('Notes');
    expect((await runCliAsync(['ci', '--base', base], { cwd: repo.dir })).code).toBe(1);
    expect((await runCliAsync(['ci', '--base', base, '--fail-on', 'never'], { cwd: repo.dir })).code).toBe(0);
  });

  const bad: [string, string[], Record<string, string>, RegExp][] = [
    ['unknown option', ['--bogus'], {}, /^aiguard: aiguard ci: unknown option: --bogus\n$/],
    ['no CI and no --base', [], {}, /^aiguard: aiguard ci: no CI environment found \(GITHUB_ACTIONS, GITLAB_CI, .*\): pass --base REV\n$/],
    [
      'unknown --base',
      ['--base', 'nope'],
      {},
      /^aiguard: aiguard ci: branch nope is not in this clone and cannot be fetched from origin .*fix: fetch the full history first/,
    ],
    ['--base that looks like an option', ['--base=--all'], {}, /^aiguard: aiguard ci: --base: not a revision: --all\n$/],
    [
      'unknown --fail-on',
      ['--base', 'HEAD', '--fail-on', 'often'],
      {},
      /^aiguard: --fail-on: unknown value often \(expected block, warn, never\)\n$/,
    ],
    ['bad --report', ['--base', 'HEAD', '--report', 'sarif'], {}, /^aiguard: --report: expected FORMAT=FILE, got sarif\n$/],
    ['unknown --report format', ['--base', 'HEAD', '--report', 'xml=out.xml'], {}, /^aiguard: --report: unknown format xml /],
    [
      'GitHub event file missing',
      [],
      { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      /^aiguard: GITHUB_EVENT_PATH: cannot read \/nonexistent\/event\.json: ENOENT\n$/,
    ],
  ];
  // One commit, no origin: every bad input is refused before ci reads or changes anything, so the cases share it.
  let badInputRepo: TestRepo | undefined;
  function sharedRepo(): TestRepo {
    if (!badInputRepo) {
      badInputRepo = TestRepo.init();
      badInputRepo.commit('init');
    }
    return badInputRepo;
  }
  for (const [name, args, variables, message] of bad) {
    it(`${name} exits 2 with one line`, async () => {
      const result = await runCliAsync(['ci', ...args], { cwd: sharedRepo().dir, env: cleanEnv(variables) });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  }
});
