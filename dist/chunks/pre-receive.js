import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { l as loadEngine, k as engineFor, m as baselineRepoPath, S as SEARCH_PLACES, o as openRepository, n as readStdin, q as parsePreReceiveInput, t as refuseUnreadablePush, w as preReceiveRevisions, x as defaultBranchPolicyChange, y as pushedCommitsSources, z as receivedRefs, A as decide } from './core.js';
import { p as policyAtRevision } from './chunk10.js';
import './chunk2.js';
import 'node:fs';
import 'node:os';
import 'node:util';
import 'node:child_process';
import 'node:fs/promises';
import 'node:crypto';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/hooks/server-policy.ts
async function loadServerEngine(context, repo) {
  if (context.configFile) return loadEngine({ configFile: context.configFile, allowCode: false });
  if (!repo.hasHead) return loadEngine({});
  const found = await policyAtRevision(repo, "HEAD", "by the server hook", "--config or AIGUARD_CONFIG");
  return found ? engineFor(found.policy) : loadEngine({});
}
function serverPolicyPaths(repo, policy) {
  const baseline = baselineRepoPath(repo.cwd, policy.baseline);
  return [...SEARCH_PLACES, ...baseline && !SEARCH_PLACES.includes(baseline) ? [baseline] : []];
}

// src/hooks/pre-receive.ts
async function preReceiveHook(context) {
  const repo = await openRepository(".");
  const [engine, input] = await Promise.all([loadServerEngine(context, repo), readStdin()]);
  const updates = parsePreReceiveInput(input);
  await refuseUnreadablePush(repo, updates, context.env);
  const revisions = await preReceiveRevisions(repo.cwd, updates);
  const extraFindings = defaultBranchPolicyChange(repo, engine, updates, serverPolicyPaths(repo, engine.policy));
  extraFindings.catch(() => void 0);
  const sources = pushedCommitsSources(repo, revisions, receivedRefs(updates));
  return decide({ context, engine, sources, gate: true, repoDir: repo.cwd, extraFindings });
}

export { preReceiveHook };
