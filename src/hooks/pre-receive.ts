// pre-receive (server side, bare repository): every commit the push adds, under the server's policy only.
import { openRepository } from '../git/repository.js';
import { parsePreReceiveInput, readStdin } from '../sources/push-updates.js';
import { rangeSubjectBatches } from '../sources/range.js';
import { collectWithSettings } from '../scan-pipeline.js';
import { preReceiveRevisions } from './push-revisions.js';
import { loadServerEngine } from './server-policy.js';
import { decide, type HookContext } from './hook-context.js';
import type { Finding } from '../types.js';

export async function preReceiveHook(context: HookContext): Promise<number> {
  const repo = await openRepository('.');
  const [engine, input] = await Promise.all([loadServerEngine(context, repo), readStdin()]);
  const revisions = await preReceiveRevisions(repo.cwd, parsePreReceiveInput(input));
  const findings: Finding[] = [];
  let commitsScanned = 0;
  if (revisions.length > 0) {
    const subjects = rangeSubjectBatches(repo, { revisions, content: true, onCommit: () => commitsScanned++ });
    // Settings files are read as each commit holds them.
    await collectWithSettings(repo, engine.ruleSet.matchers, subjects, 'commits', findings);
  }
  return decide({ context, engine, findings, commitsScanned, gate: true, repoDir: repo.cwd });
}
