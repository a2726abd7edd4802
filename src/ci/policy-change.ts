import type { Finding } from '../types.js';
import type { Repository } from '../git/repository.js';
import type { Matchers } from '../detect/compile-rules.js';
import { makeFinding } from '../detect/make-finding.js';
import { changedPathsBetween, changedPathsSince, pathsInRevision, showFile } from '../git/show-file.js';

export const POLICY_CHANGED_RULE = 'aiguard/policy-changed';

/** A PR that edits, adds or deletes the policy is a finding of its own, judged by the base policy. */
export async function policyChangeFindings(
  repo: Repository,
  matchers: Matchers,
  base: string,
  head: string,
  policyPaths: string[],
): Promise<Finding[]> {
  if (!matchers.rules.has(POLICY_CHANGED_RULE)) return [];
  return findingsFor(repo, matchers, await changedPathsSince(repo, base, head, policyPaths), base, head);
}

/**
 * A push that moves a branch from `before` to `after` (undefined: deletes it) and so changes what its policy
 * files hold. Compared tip to tip, not from a merge base: a forced push that drops the policy is a change too.
 */
export async function branchPolicyChangeFindings(
  repo: Repository,
  matchers: Matchers,
  before: string,
  after: string | undefined,
  policyPaths: string[],
): Promise<Finding[]> {
  if (!matchers.rules.has(POLICY_CHANGED_RULE)) return [];
  const changed =
    after === undefined
      ? [...(await pathsInRevision(repo, before, policyPaths))]
      : await changedPathsBetween(repo, before, after, policyPaths);
  return findingsFor(repo, matchers, changed, before, after);
}

async function findingsFor(repo: Repository, matchers: Matchers, changed: string[], before: string, after?: string): Promise<Finding[]> {
  const compiled = matchers.rules.get(POLICY_CHANGED_RULE)!;
  const findings: Finding[] = [];
  for (const path of changed) {
    // package.json changes all the time; only its aiguard key is the policy.
    if (path === 'package.json' && !(await aiguardKeyChanged(repo, before, after))) continue;
    findings.push(makeFinding(compiled, path, { path, field: 'policy' }));
  }
  return findings;
}

async function aiguardKeyChanged(repo: Repository, before: string, after: string | undefined): Promise<boolean> {
  const [old, now] = await Promise.all([
    showFile(repo, before, 'package.json'),
    after === undefined ? undefined : showFile(repo, after, 'package.json'),
  ]);
  return aiguardKey(old) !== aiguardKey(now);
}

function aiguardKey(text: string | undefined): string {
  if (text === undefined) return '';
  try {
    return JSON.stringify((JSON.parse(text) as Record<string, unknown>).aiguard ?? null);
  } catch {
    // An unparsable package.json at head cannot be shown to leave the policy alone.
    return `unparsable:${text.length}`;
  }
}
