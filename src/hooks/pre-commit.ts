// pre-commit: what the index adds (paths, added lines, staged settings files read from the index) and the environment the commit is made in.
import { openRepository } from '../git/repository.js';
import { stagedSubjects } from '../sources/staged.js';
import { environmentSubjects } from '../sources/environment.js';
import { collectFindings, collectWithSettings } from '../scan-pipeline.js';
import { decide, loadLocalEngine, type HookContext } from './hook-context.js';

export async function preCommitHook(context: HookContext): Promise<number> {
  // git diff --cached gives root-relative paths from any folder of the work tree, so it need not wait for the repository probe.
  const here = process.cwd();
  const staged = stagedSubjects({ cwd: here, gitDir: '', bare: false, hasHead: true }, true);
  staged.catch(() => undefined);
  // Outside a repository the probe's one-line error is the one to show.
  const repo = await openRepository(here);
  const subjects = await staged;
  const engine = await loadLocalEngine(context, repo);
  const findings = await collectWithSettings(repo, engine.ruleSet.matchers, subjects, 'index');
  await collectFindings(engine.ruleSet.matchers, environmentSubjects(context.env), findings);
  return decide({ context, engine, findings, commitsScanned: 0, gate: false, repoDir: repo.root ?? repo.cwd });
}
