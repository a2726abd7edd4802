import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  policyAtRevision
} from "./chunk-VQ3IFSYC.js";
import {
  preReceiveRevisions,
  pushedCommitsSources,
  receivedRefs
} from "./chunk-KAILSYEG.js";
import {
  decide
} from "./chunk-K75BZ4FE.js";
import "./chunk-AMQUFEFN.js";
import {
  defaultBranchPolicyChange,
  refuseUnreadablePush
} from "./chunk-K5GA4WTJ.js";
import {
  parsePreReceiveInput,
  readStdin
} from "./chunk-JUYOQOFF.js";
import {
  openRepository
} from "./chunk-SQEYGC7D.js";
import "./chunk-DRJECJGC.js";
import "./chunk-WWYWQAHO.js";
import "./chunk-J4TZ3TZQ.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-2GJYC5AG.js";
import "./chunk-FNEAICNM.js";
import {
  engineFor,
  loadEngine
} from "./chunk-L5UX2IFM.js";
import "./chunk-ESRU6ARM.js";
import "./chunk-PM7LJ7J2.js";
import "./chunk-TZIBRDA3.js";
import "./chunk-Q46FT7M3.js";
import "./chunk-7HWEKAEO.js";
import "./chunk-HAK27TUH.js";
import "./chunk-5HDEY43M.js";
import {
  SEARCH_PLACES
} from "./chunk-6WWNLYQH.js";
import "./chunk-ZWTPA6KL.js";
import {
  baselineRepoPath
} from "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-5AY5LYA7.js";
import "./chunk-RA55SYXC.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

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
export {
  preReceiveHook
};
