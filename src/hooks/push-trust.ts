// What a push may not do to the checks that judge it: carry objects the hook cannot read, or change the server's policy.
import type { Finding } from '../types.js';
import type { Repository } from '../git/repository.js';
import type { Engine } from '../pipeline.js';
import type { PushUpdate, ReceiveUpdate } from '../sources/push-updates.js';
import { isZeroId } from '../sources/push-updates.js';
import { missingObjects } from '../git/missing-objects.js';
import { runGit } from '../git/run-git.js';
import { UsageError } from '../errors.js';

/**
 * pre-receive: every new tip must be readable. One that is not means the hook was started outside git's
 * quarantine environment (the pushed objects are invisible to it) or was handed an id git never received:
 * either way nothing can be checked, so the push is refused (exit 2), never passed.
 */
export async function refuseUnreadablePush(repo: Repository, updates: ReceiveUpdate[], env: NodeJS.ProcessEnv): Promise<void> {
  const wanted = updates.filter((update) => !isZeroId(update.newSha));
  const missing = new Set(
    await missingObjects(
      repo.cwd,
      wanted.map((update) => update.newSha),
    ),
  );
  const first = wanted.find((update) => missing.has(update.newSha));
  if (!first) return;
  const quarantined = env.GIT_QUARANTINE_PATH !== undefined || env.GIT_OBJECT_DIRECTORY !== undefined;
  const why = quarantined
    ? 'is not in the repository'
    : "cannot be read: the hook runs without git's quarantine environment (GIT_QUARANTINE_PATH and GIT_OBJECT_DIRECTORY are unset)";
  throw new UsageError(`pre-receive: the pushed object ${first.newSha} for ${first.ref} ${why}; push refused`);
}

/** pre-push: a local id that names no object here cannot be checked, so the push is refused (exit 2). */
export async function refuseUnknownLocalSha(cwd: string, updates: PushUpdate[]): Promise<void> {
  const pushed = updates.filter((update) => !isZeroId(update.localSha));
  const missing = new Set(
    await missingObjects(
      cwd,
      pushed.map((update) => update.localSha),
    ),
  );
  const first = pushed.find((update) => missing.has(update.localSha));
  if (!first) return;
  const ref = first.remoteRef || first.localRef;
  throw new UsageError(`pre-push: the pushed object ${first.localSha} for ${ref} is not in this repository; push refused`);
}

/**
 * pre-receive: an update of the default branch that changes the policy file or the baseline is itself a finding
 * (`aiguard/policy-changed`), levelled by the policy already on the server — the one the push would replace.
 */
export async function defaultBranchPolicyChange(
  repo: Repository,
  engine: Engine,
  updates: ReceiveUpdate[],
  policyPaths: string[],
): Promise<Finding[]> {
  const head = await runGit(['symbolic-ref', '--quiet', 'HEAD'], repo.cwd);
  const defaultRef = head.code === 0 ? head.stdout.toString('utf8').trim() : undefined;
  // The first push into an empty repository replaces no policy.
  const updatesOfDefault = updates.filter((update) => update.ref === defaultRef && !isZeroId(update.oldSha));
  if (updatesOfDefault.length === 0) return [];
  const { branchPolicyChangeFindings } = await import('../ci/policy-change.js');
  const findings: Finding[] = [];
  for (const update of updatesOfDefault) {
    const after = isZeroId(update.newSha) ? undefined : update.newSha;
    findings.push(...(await branchPolicyChangeFindings(repo, engine.ruleSet.matchers, update.oldSha, after, policyPaths)));
  }
  return findings;
}
