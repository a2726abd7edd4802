import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  policyAtRevision
} from "./chunk-TXRF2PA5.js";
import {
  defaultBranchPolicyChange,
  refuseUnreadablePush
} from "./chunk-RAZU6PW5.js";
import {
  preReceiveRevisions,
  pushedCommitsSources
} from "./chunk-WRMWXIJC.js";
import {
  parsePreReceiveInput,
  readStdin
} from "./chunk-JUYOQOFF.js";
import {
  decide
} from "./chunk-GKODIPEP.js";
import "./chunk-BGYPAFXU.js";
import "./chunk-PS3CLWPN.js";
import "./chunk-TE6F66VO.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-OLEGOZG7.js";
import {
  openRepository
} from "./chunk-HFXYQV4L.js";
import "./chunk-7RU7R6GY.js";
import {
  engineFor,
  loadEngine
} from "./chunk-DRCNJD7D.js";
import "./chunk-R3RIRAUL.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-JCWSHI53.js";
import {
  SEARCH_PLACES
} from "./chunk-35CTJ6CM.js";
import "./chunk-IQBMQQZS.js";
import "./chunk-TZIBRDA3.js";
import {
  baselineRepoPath
} from "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-Q46FT7M3.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
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
  return decide({ context, engine, sources: pushedCommitsSources(repo, revisions), gate: true, repoDir: repo.cwd, extraFindings });
}
export {
  preReceiveHook
};
