// pre-commit: what the index adds (paths, added lines) and the environment the commit is made in.
import { openRepository } from '../git/repository.js';
import { stagedSubjects } from '../sources/staged.js';
import { environmentSubjects } from '../sources/environment.js';
import { collectFindings } from '../scan-pipeline.js';
import { decide, loadLocalEngine, type HookContext } from './hook-context.js';

export async function preCommitHook(context: HookContext): Promise<number> {
  const repo = await openRepository('.');
  const [engine, subjects] = await Promise.all([loadLocalEngine(context, repo), stagedSubjects(repo, true)]);
  const findings = await collectFindings(engine.ruleSet.matchers, subjects);
  await collectFindings(engine.ruleSet.matchers, environmentSubjects(context.env), findings);
  return decide({ context, engine, findings, commitsScanned: 0, gate: false, repoDir: repo.root ?? repo.cwd });
}
