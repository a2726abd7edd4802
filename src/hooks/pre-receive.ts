// pre-receive (server side, bare repository): every commit the push adds, under the server's policy only.
import { openRepository } from '../git/repository.js';
import { parsePreReceiveInput, readStdin } from '../sources/push-updates.js';
import { preReceiveRevisions, pushedCommitsSources, receivedRefs } from './push-revisions.js';
import { loadServerEngine, serverPolicyPaths } from './server-policy.js';
import { defaultBranchPolicyChange, refuseUnreadablePush } from './push-trust.js';
import { decide, type HookContext } from './hook-context.js';

export async function preReceiveHook(context: HookContext): Promise<number> {
  const repo = await openRepository('.');
  const [engine, input] = await Promise.all([loadServerEngine(context, repo), readStdin()]);
  const updates = parsePreReceiveInput(input);
  // What the hook cannot read it cannot pass: refuse before scanning anything.
  await refuseUnreadablePush(repo, updates, context.env);
  const revisions = await preReceiveRevisions(repo.cwd, updates);
  const extraFindings = defaultBranchPolicyChange(repo, engine, updates, serverPolicyPaths(repo, engine.policy));
  extraFindings.catch(() => undefined);
  const sources = pushedCommitsSources(repo, revisions, receivedRefs(updates));
  return decide({ context, engine, sources, gate: true, repoDir: repo.cwd, extraFindings });
}
