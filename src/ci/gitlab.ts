import { UsageError } from '../errors.js';
import { type CiTarget, ZERO_SHA, envValue } from './ci-target.js';

const DEPTH_FIX = "set `GIT_DEPTH: 0` in the job's variables (or Settings > CI/CD > General pipelines > Git shallow clone: 0)";
const TREE_SOURCES = new Set(['schedule', 'web', 'api', 'trigger', 'pipeline', 'parent_pipeline', 'chat', 'webide']);

/** GitLab CI: merge-request pipelines (CI_MERGE_REQUEST_*) and branch pipelines (CI_COMMIT_BEFORE_SHA). */
export function gitlabTarget(env: NodeJS.ProcessEnv): CiTarget {
  const source = envValue(env, 'CI_PIPELINE_SOURCE') ?? 'push';
  const head = envValue(env, 'CI_COMMIT_SHA');
  const defaultBranch = envValue(env, 'CI_DEFAULT_BRANCH');
  const common = { provider: 'gitlab' as const, event: source, head, defaultBranch, depthFix: DEPTH_FIX };
  const iid = envValue(env, 'CI_MERGE_REQUEST_IID');
  if (source === 'merge_request_event' || iid) {
    const base = envValue(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA');
    const target = envValue(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME');
    if (!base && !target) throw new UsageError('CI_MERGE_REQUEST_DIFF_BASE_SHA: not set in a merge-request pipeline');
    return {
      ...common,
      base,
      baseBranch: base ? undefined : target,
      title: envValue(env, 'CI_MERGE_REQUEST_TITLE') ?? '',
      body: env.CI_MERGE_REQUEST_DESCRIPTION ?? '',
      branch: envValue(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME'),
      headRef: iid ? `refs/merge-requests/${iid}/head` : undefined,
    };
  }
  const branch = envValue(env, 'CI_COMMIT_BRANCH');
  if (TREE_SOURCES.has(source) || !branch) return { ...common, branch: branch ?? envValue(env, 'CI_COMMIT_REF_NAME'), tree: true };
  const before = envValue(env, 'CI_COMMIT_BEFORE_SHA');
  if (!before || ZERO_SHA.test(before))
    return branch !== undefined && branch === defaultBranch
      ? { ...common, branch, fromRoot: true }
      : { ...common, branch, baseBranch: defaultBranch };
  return { ...common, base: before, branch };
}
