import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLI, PROJECT_ROOT, cleanEnv, cleanupTempDirs, tempDir } from '../helpers/git-repo.js';
import { prRepo } from '../helpers/ci-case.js';

afterAll(cleanupTempDirs);

// The GitHub Action: test/integration/github-action.test.ts.
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
    expect(JSON.parse(readFileSync(join(repo.dir, 'gl-code-quality-report.json'), 'utf8'))[0].check_name).toBe(
      'claude-code/co-author-trailer',
    );
    expect(readFileSync(join(repo.dir, 'aiguard-junit.xml'), 'utf8')).toMatch(/failures="1"/);
  });
});
