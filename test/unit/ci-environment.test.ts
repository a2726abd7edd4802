// Each CI's documented variables → what aiguard ci scans (no git involved: the mapping alone).
import { describe, expect, it } from 'vitest';
import { detectCi } from '../../src/ci/detect-ci.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('detectCi', () => {
  it('GitLab merge-request pipeline: the diff base, the MR text, its head ref', () => {
    const target = detectCi(
      {
        GITLAB_CI: 'true',
        CI_PIPELINE_SOURCE: 'merge_request_event',
        CI_COMMIT_SHA: B,
        CI_MERGE_REQUEST_IID: '7',
        CI_MERGE_REQUEST_DIFF_BASE_SHA: A,
        CI_MERGE_REQUEST_TITLE: 'Add parser',
        CI_MERGE_REQUEST_DESCRIPTION: 'Body',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'claude/x',
        CI_DEFAULT_BRANCH: 'main',
      },
      {},
    );
    expect(target).toMatchObject({
      provider: 'gitlab',
      event: 'merge_request_event',
      base: A,
      head: B,
      title: 'Add parser',
      body: 'Body',
      branch: 'claude/x',
      headRef: 'refs/merge-requests/7/head',
    });
  });
  it('GitLab branch pipeline: the commit before; a first push to the default branch scans from the root', () => {
    expect(detectCi({ GITLAB_CI: 'true', CI_COMMIT_SHA: B, CI_COMMIT_BRANCH: 'topic', CI_COMMIT_BEFORE_SHA: A }, {})).toMatchObject({
      base: A,
      branch: 'topic',
    });
    const first = {
      GITLAB_CI: 'true',
      CI_COMMIT_SHA: B,
      CI_COMMIT_BRANCH: 'main',
      CI_DEFAULT_BRANCH: 'main',
      CI_COMMIT_BEFORE_SHA: '0'.repeat(40),
    };
    expect(detectCi(first, {})).toMatchObject({ fromRoot: true });
    expect(detectCi({ ...first, CI_COMMIT_BRANCH: 'topic' }, {})).toMatchObject({ baseBranch: 'main', branch: 'topic' });
  });
  it('GitLab scheduled pipeline: the tree', () => {
    expect(detectCi({ GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main' }, {})).toMatchObject({
      tree: true,
      branch: 'main',
    });
  });
  it('a merge-request pipeline that names no base fails with the variable it needs', () => {
    expect(() => detectCi({ GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event' }, {})).toThrow(
      'CI_MERGE_REQUEST_DIFF_BASE_SHA: not set in a merge-request pipeline',
    );
  });
  it('Bitbucket, Azure, Jenkins and CircleCI', () => {
    expect(
      detectCi(
        {
          BITBUCKET_BUILD_NUMBER: '3',
          BITBUCKET_PR_ID: '9',
          BITBUCKET_PR_DESTINATION_BRANCH: 'main',
          BITBUCKET_COMMIT: B,
          BITBUCKET_BRANCH: 'x',
        },
        {},
      ),
    ).toMatchObject({
      provider: 'bitbucket',
      event: 'pull-request',
      baseBranch: 'main',
      head: B,
      branch: 'x',
    });
    const azure = {
      TF_BUILD: 'True',
      BUILD_REASON: 'PullRequest',
      SYSTEM_PULLREQUEST_SOURCECOMMITID: B,
      SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main',
      SYSTEM_PULLREQUEST_SOURCEBRANCH: 'refs/heads/x',
    };
    expect(detectCi(azure, {})).toMatchObject({ provider: 'azure', event: 'PullRequest', head: B, baseBranch: 'main', branch: 'x' });
    expect(
      detectCi({ JENKINS_URL: 'http://j', CHANGE_ID: '4', CHANGE_TARGET: 'main', CHANGE_TITLE: 'T', GIT_COMMIT: B }, {}),
    ).toMatchObject({ provider: 'jenkins', baseBranch: 'main', title: 'T', head: B });
    expect(detectCi({ JENKINS_URL: 'http://j', GIT_COMMIT: B, GIT_PREVIOUS_SUCCESSFUL_COMMIT: A, BRANCH_NAME: 'main' }, {})).toMatchObject({
      event: 'branch',
      base: A,
    });
    expect(
      detectCi({ CIRCLECI: 'true', CIRCLE_SHA1: B, CIRCLE_BRANCH: 'x', CIRCLE_PULL_REQUEST: 'https://github.com/o/r/pull/1' }, {}),
    ).toMatchObject({ provider: 'circleci', event: 'pull-request', head: B });
  });
  it('--base overrides any CI; no CI at all is a usage error naming the variables', () => {
    expect(detectCi({ GITLAB_CI: 'true' }, { base: 'main', head: 'topic' })).toMatchObject({
      provider: 'generic',
      base: 'main',
      head: 'topic',
    });
    expect(() => detectCi({}, {})).toThrow(/^aiguard ci: no CI environment found \(GITHUB_ACTIONS, GITLAB_CI, .*\): pass --base REV$/);
  });
});
