// pre-receive (server side, bare repository): every commit the push adds, under the server's policy only.
import { openRepository } from '../git/repository.js';
import { parsePreReceiveInput, readStdin } from '../sources/push-updates.js';
import { preReceiveRevisions, pushedCommitsSources, receivedRefs } from './push-revisions.js';
import { loadServerEngine } from './server-policy.js';
import { decide, type HookContext } from './hook-context.js';

export async function preReceiveHook(context: HookContext): Promise<number> {
  const repo = await openRepository('.');
  const [engine, input] = await Promise.all([loadServerEngine(context, repo), readStdin()]);
  const updates = parsePreReceiveInput(input);
  const revisions = await preReceiveRevisions(repo.cwd, updates);
  return decide({ context, engine, sources: pushedCommitsSources(repo, revisions, receivedRefs(updates)), gate: true, repoDir: repo.cwd });
}
