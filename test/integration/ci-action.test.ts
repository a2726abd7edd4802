import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLI, PROJECT_ROOT, TestRepo, cleanEnv, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { CO_AUTHOR, githubEnv, pullRequestPayload } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

interface Step { id?: string; run: string; env?: Record<string, string> }

function prRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = TestRepo.init();
  const base = repo.write('README.md', 'hi\n').add().commit('init');
  repo.git('checkout', '-q', '-b', 'feature');
  const head = repo.commit(`Change\n\n${CO_AUTHOR}\n`);
  return { repo, base, head };
}

describe('action.yml (composite action run from a checkout of this repository)', () => {
  const action = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Step[] };
  };

  it('declares the contract: inputs and outputs', () => {
    expect(Object.keys(action.inputs)).toEqual(['config', 'format', 'fail-on', 'base', 'head', 'sarif-file']);
    expect(Object.keys(action.outputs)).toEqual(['found', 'blocking', 'count', 'report']);
    for (const [name, output] of Object.entries(action.outputs)) expect(output.value).toBe(`\${{ steps.scan.outputs.${name} }}`);
    expect(action.runs.using).toBe('composite');
  });

  it('the scan step runs aiguard ci with the inputs and writes the SARIF file and the outputs', () => {
    const { repo, base, head } = prRepo();
    const step = action.runs.steps.find((entry) => entry.id === 'scan')!;
    const dir = tempDir();
    const sarif = join(dir, 'aiguard.sarif');
    const env = githubEnv('pull_request', pullRequestPayload(base, head), {
      GITHUB_ACTION_PATH: PROJECT_ROOT,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      INPUT_FORMAT: 'github',
      INPUT_FAIL_ON: 'block',
      INPUT_SARIF_FILE: sarif,
      INPUT_CONFIG: '',
      INPUT_BASE: '',
      INPUT_HEAD: '',
    });
    const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error title=aiguard claude-code\/co-author-trailer::/);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results).toHaveLength(1);
    expect(readFileSync(join(dir, 'output'), 'utf8')).toContain(`\n${sarif}\n`);
    const warnOnly = spawnSync('bash', ['-e', '-c', step.run], { cwd: repo.dir, env: { ...env, INPUT_FAIL_ON: 'never', INPUT_BASE: head }, encoding: 'utf8' });
    expect(warnOnly.status).toBe(0);
  });

  it('an input cannot inject shell: it reaches aiguard as one argument', () => {
    const { repo, base, head } = prRepo();
    const step = action.runs.steps.find((entry) => entry.id === 'scan')!;
    const marker = join(tempDir(), 'pwned');
    const env = githubEnv('pull_request', pullRequestPayload(base, head), { GITHUB_ACTION_PATH: PROJECT_ROOT, INPUT_CONFIG: `x"; touch ${marker}; echo "` });
    const result = spawnSync('bash', ['-e', '-c', step.run], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(result.status).toBe(2);
    // A relative --config names a file of the checkout: read at the base revision, where it is not.
    expect(result.stderr).toMatch(/^aiguard: aiguard ci: --config x"; touch .* is not in the base revision /);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('GitLab CI template', () => {
  const template = parse(readFileSync(join(PROJECT_ROOT, 'ci/gitlab/aiguard.gitlab-ci.yml'), 'utf8')) as {
    aiguard: { variables: Record<string, string>; script: string[]; artifacts: { reports: Record<string, string> } };
  };

  it('clones full history and publishes Code Quality and JUnit reports', () => {
    expect(template.aiguard.variables.GIT_DEPTH).toBe('0');
    expect(template.aiguard.artifacts.reports).toEqual({ codequality: 'gl-code-quality-report.json', junit: 'aiguard-junit.xml' });
  });

  it('its script scans a merge request and writes both reports', () => {
    const { repo, base, head } = prRepo();
    // npx stands in for the registry package: it runs the CLI built from this checkout.
    const bin = tempDir();
    writeFileSync(join(bin, 'npx'), `#!/bin/sh\nshift 2\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'npx'), 0o755);
    const env = cleanEnv({
      PATH: `${bin}:${process.env.PATH}`,
      GITLAB_CI: 'true',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '1',
      CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
      CI_COMMIT_SHA: head,
      AIGUARD_REPOSITORY: '',
      AIGUARD_ARGS: '--fail-on never',
    });
    const result = spawnSync('sh', ['-e', '-c', template.aiguard.script.join('\n')], { cwd: repo.dir, env, encoding: 'utf8' });
    expect(result.stderr).toMatch(/gitlab merge_request_event: 1 commit from/);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(repo.dir, 'gl-code-quality-report.json'), 'utf8'))[0].check_name).toBe('claude-code/co-author-trailer');
    expect(readFileSync(join(repo.dir, 'aiguard-junit.xml'), 'utf8')).toMatch(/failures="1"/);
  });
});
