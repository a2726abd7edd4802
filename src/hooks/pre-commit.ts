// pre-commit: what the index adds (paths, added lines, staged settings files read from the index) and the environment
// the commit is made in.
import { openRepository } from '../git/repository.js';
import { stagedSource } from '../sources/staged.js';
import { environmentSource } from '../sources/environment.js';
import { decide, loadLocalEngine, type HookContext } from './hook-context.js';

export async function preCommitHook(context: HookContext): Promise<number> {
  // git diff --cached gives root-relative paths from any folder of the work tree, so it need not wait for the repository probe.
  const here = process.cwd();
  const opening = openRepository(here);
  opening.catch(() => undefined);
  const staged = stagedSource(here, opening, { content: true });
  // Outside a repository the probe's one-line error is the one to show.
  const repo = await opening;
  const engine = await loadLocalEngine(context, repo);
  return decide({ context, engine, sources: [staged, environmentSource(context.env)], gate: false, repoDir: repo.root ?? repo.cwd });
}
