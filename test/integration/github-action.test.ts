// The GitHub Action as the runner starts it: `node dist/action.js` from a checkout of this repository (here a copy of
// its files with no node_modules), the inputs in INPUT_<NAME>, a pull_request event over a real repository.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { githubEnv, prRepo, pullRequestPayload } from '../helpers/ci-case.js';
import { projectCopy } from '../helpers/project-copy.js';
import { actionArguments } from '../../src/ci/action-inputs.js';

afterAll(cleanupTempDirs);

interface ActionYml {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { description: string; value?: string }>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8')) as ActionYml;

/** The runner's environment for a JavaScript action: every input with its default unless given, hyphens kept. */
function inputs(given: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, { default: value }] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase()}`] = given[name] ?? value;
  return env;
}

function runAction(cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [join(projectCopy(), action.runs.main)], { cwd, env, encoding: 'utf8' });
}

describe('action.yml: a JavaScript action running the committed bundle', () => {
  it('declares the same inputs and outputs as before, and runs dist/action.js on node24', () => {
    expect(Object.keys(action.inputs)).toEqual(['config', 'format', 'fail-on', 'base', 'head', 'sarif-file']);
    expect(Object.keys(action.outputs)).toEqual(['found', 'blocking', 'count', 'report']);
    // A JavaScript action's outputs are what the code writes to $GITHUB_OUTPUT: no `value` expressions.
    for (const output of Object.values(action.outputs)) expect(output.value).toBeUndefined();
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(existsSync(join(PROJECT_ROOT, action.runs.main))).toBe(true);
  });

  it('a pull_request event: annotations on stdout, a SARIF file, the outputs and the summary; the step fails', () => {
    const { repo, base, head } = prRepo();
    const dir = tempDir();
    const sarif = join(dir, 'aiguard.sarif');
    const env = githubEnv('pull_request', pullRequestPayload(base, head), {
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      ...inputs({ 'sarif-file': sarif }),
    });
    const result = runAction(repo.dir, env);
    expect(result.stderr).toContain('github pull_request');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error title=aiguard claude-code\/co-author-trailer::/);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.map((entry) => entry.ruleId)).toEqual(['claude-code/co-author-trailer']);
    const outputs = readFileSync(join(dir, 'output'), 'utf8');
    for (const [name, value] of [
      ['found', 'true'],
      ['blocking', 'true'],
      ['count', '1'],
      ['report', sarif],
    ]) {
      expect(outputs).toMatch(new RegExp(`^${name}<<(aiguard_[0-9a-f]+)\\n${value}\\n\\1$`, 'm'));
    }
    expect(readFileSync(join(dir, 'summary'), 'utf8')).toContain('co-author-trailer');
  });

  it('fail-on never passes the step, and base/head inputs override the payload', () => {
    const { repo, base, head } = prRepo();
    const payload = pullRequestPayload(base, head);
    const env = githubEnv('pull_request', payload, { GITHUB_WORKSPACE: repo.dir, ...inputs({ 'fail-on': 'never' }) });
    const never = runAction(repo.dir, env);
    expect(never.status).toBe(0);
    expect(never.stdout).toContain('::error');
    const empty = runAction(repo.dir, { ...env, ...inputs({ base: head, head }) });
    expect(empty.status).toBe(0);
    expect(empty.stdout).not.toContain('::error');
  });

  it('an input reaches aiguard as one argument: a config path that is not there is a usage error naming it (exit 2)', () => {
    const { repo, base, head } = prRepo();
    const marker = join(tempDir(), 'pwned');
    const config = `x"; touch ${marker}; echo "`;
    const env = githubEnv('pull_request', pullRequestPayload(base, head), { GITHUB_WORKSPACE: repo.dir, ...inputs({ config }) });
    const result = runAction(repo.dir, env);
    expect(result.status).toBe(2);
    // A relative config names a file of the checkout, read at the base revision, where it is not.
    expect(result.stderr).toMatch(/^aiguard: aiguard ci: --config x"; touch .* is not in the base revision /);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('the Action inputs → aiguard ci arguments', () => {
  it('maps each non-empty input to its option, with the defaults of action.yml', () => {
    expect(actionArguments({})).toEqual(['ci', '--format', 'github', '--fail-on', 'block']);
    const all = {
      INPUT_FORMAT: 'sarif',
      'INPUT_FAIL-ON': 'warn',
      INPUT_CONFIG: ' policy.yml ',
      INPUT_BASE: 'a',
      INPUT_HEAD: 'b',
      'INPUT_SARIF-FILE': 'o.sarif',
    };
    expect(actionArguments(all)).toEqual([
      'ci',
      '--format',
      'sarif',
      '--fail-on',
      'warn',
      '--config',
      'policy.yml',
      '--base',
      'a',
      '--head',
      'b',
      '--report',
      'sarif=o.sarif',
    ]);
    expect(actionArguments({ INPUT_CONFIG: '', 'INPUT_SARIF-FILE': '' })).toEqual(['ci', '--format', 'github', '--fail-on', 'block']);
  });
});
