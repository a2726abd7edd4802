import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { type CiTarget, ZERO_SHA, envValue, stripHeads } from './ci-target.js';

const DEPTH_FIX = 'set `fetch-depth: 0` on actions/checkout (with: fetch-depth: 0)';

interface GithubEvent {
  pull_request?: {
    number?: number;
    title?: string;
    body?: string | null;
    base?: { sha?: string; ref?: string };
    head?: { sha?: string; ref?: string };
  };
  merge_group?: { base_sha?: string; head_sha?: string; head_ref?: string; base_ref?: string };
  before?: string;
  after?: string;
  ref?: string;
  created?: boolean;
  deleted?: boolean;
  forced?: boolean;
  repository?: { default_branch?: string };
}

/** GitHub Actions: GITHUB_EVENT_NAME and the event payload at GITHUB_EVENT_PATH. */
export function githubTarget(env: NodeJS.ProcessEnv): CiTarget {
  const event = envValue(env, 'GITHUB_EVENT_NAME') ?? 'unknown';
  const payload = readEvent(env, event);
  const defaultBranch = payload.repository?.default_branch;
  const common = { provider: 'github' as const, event, defaultBranch, depthFix: DEPTH_FIX };
  switch (event) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      const base = pr?.base?.sha;
      const head = pr?.head?.sha;
      if (!base || !head) throw new UsageError(`GITHUB_EVENT_PATH: ${event} payload has no pull_request.base.sha / head.sha`);
      return {
        ...common,
        base,
        head,
        title: pr.title ?? '',
        body: pr.body ?? '',
        branch: pr.head?.ref,
        headRef: pr.number ? `refs/pull/${pr.number}/head` : undefined,
      };
    }
    case 'merge_group': {
      const group = payload.merge_group;
      if (!group?.base_sha || !group.head_sha)
        throw new UsageError('GITHUB_EVENT_PATH: merge_group payload has no merge_group.base_sha / head_sha');
      return { ...common, base: group.base_sha, head: group.head_sha, branch: stripHeads(group.head_ref) };
    }
    case 'push': {
      const branch = envValue(env, 'GITHUB_REF_NAME') ?? stripHeads(payload.ref);
      if (payload.deleted || (payload.after && ZERO_SHA.test(payload.after)))
        return { ...common, branch, skip: 'the push deleted the branch' };
      const head = payload.after ?? envValue(env, 'GITHUB_SHA');
      if (!head) throw new UsageError('GITHUB_EVENT_PATH: push payload has no after commit');
      const before = payload.before;
      if (!before || ZERO_SHA.test(before) || payload.created) {
        // A new branch: the commits not on the default branch (all of them when it is the default branch).
        return branch !== undefined && branch === defaultBranch
          ? { ...common, head, branch, fromRoot: true }
          : { ...common, head, branch, baseBranch: defaultBranch };
      }
      return { ...common, base: before, head, branch, baseBranch: payload.forced ? defaultBranch : undefined };
    }
    default:
      // schedule, workflow_dispatch, release…: no change to judge, so the tree at GITHUB_SHA.
      return { ...common, head: envValue(env, 'GITHUB_SHA'), branch: envValue(env, 'GITHUB_REF_NAME'), tree: true };
  }
}

function readEvent(env: NodeJS.ProcessEnv, event: string): GithubEvent {
  const path = envValue(env, 'GITHUB_EVENT_PATH');
  const needed = ['pull_request', 'pull_request_target', 'merge_group', 'push'].includes(event);
  if (!path) {
    if (needed) throw new UsageError(`GITHUB_EVENT_PATH: not set for a ${event} event`);
    return {};
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as GithubEvent;
  } catch (error) {
    if (!needed) return {};
    throw new UsageError(`GITHUB_EVENT_PATH: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
