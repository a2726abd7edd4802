// pre-receive (server side, bare repository): every commit the push adds, under the server's policy only.
import { openRepository } from '../git/repository.js';
import { parsePreReceiveInput, readStdin } from '../sources/push-updates.js';
import { preReceiveRevisions, pushedCommitsSources } from './push-revisions.js';
import { loadServerEngine } from './server-policy.js';
import { decide, type HookContext } from './hook-context.js';

export async function preReceiveHook(context: HookContext): Promise<number> {
  const repo = await openRepository('.');
  const [engine, input] = await Promise.all([loadServerEngine(context, repo), readStdin()]);
  const revisions = await preReceiveRevisions(repo.cwd, parsePreReceiveInput(input));
  return decide({ context, engine, sources: pushedCommitsSources(repo, revisions), gate: true, repoDir: repo.cwd });
}
