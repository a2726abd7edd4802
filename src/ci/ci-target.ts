// What a CI's environment says about the run, before any git call: the range, the PR text, the branch.

export interface CiTarget {
  provider: 'github' | 'gitlab' | 'bitbucket' | 'azure' | 'jenkins' | 'circleci' | 'generic';
  /** The CI's own name for what triggered the run (pull_request, push, merge_request_event…). */
  event: string;
  /** The commit the change starts from (exclusive); nothing before it is scanned. */
  base?: string;
  /** A branch of the remote the change starts from, when the CI names a branch, not a commit. */
  baseBranch?: string;
  /** The last commit of the change (default HEAD). */
  head?: string;
  title?: string;
  body?: string;
  branch?: string;
  defaultBranch?: string;
  /** A new default branch (the repository's first push): every commit of head. */
  fromRoot?: boolean;
  /** No change to scan: the tree (or, with --all, the whole history). */
  tree?: boolean;
  /** Nothing to scan at all (a deleted branch), with the reason. */
  skip?: string;
  /** A ref of the remote that holds the head when the clone lacks it (refs/pull/N/head). */
  headRef?: string;
  /** The exact setting that gives this CI a clone deep enough to hold the base. */
  depthFix: string;
}

export const ZERO_SHA = /^0+$/;

/** A variable's value, or undefined when unset or empty. */
export function envValue(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function stripHeads(ref: string | undefined): string | undefined {
  return ref?.replace(/^refs\/heads\//, '');
}
