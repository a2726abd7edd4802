import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  defaultBranchPolicyChange,
  refuseUnreadablePush
} from "./chunk-7KXS7RVC.js";
import {
  preReceiveRevisions,
  pushedCommitsSources,
  receivedRefs
} from "./chunk-XUOM5N4A.js";
import {
  parsePreReceiveInput,
  readStdin
} from "./chunk-522AMPH5.js";
import {
  policyAtRevision
} from "./chunk-G7OAUM5B.js";
import {
  decide
} from "./chunk-Z4IFIIQQ.js";
import "./chunk-XODC4DIF.js";
import "./chunk-R3WR3B7D.js";
import "./chunk-SZTQLXJE.js";
import "./chunk-C5BAC656.js";
import "./chunk-QQBOK7KR.js";
import "./chunk-FRPMA3TM.js";
import "./chunk-4IZPWBSN.js";
import {
  engineFor,
  loadEngine
} from "./chunk-WGNTBMP4.js";
import "./chunk-CA2JELLG.js";
import "./chunk-ANK5ROIP.js";
import "./chunk-TL4CNQY2.js";
import "./chunk-WSULOSY3.js";
import "./chunk-24LWJLR4.js";
import "./chunk-X4RVDYHW.js";
import "./chunk-HJVOMFK7.js";
import "./chunk-N6WKSYDH.js";
import "./chunk-QWYIKMHS.js";
import "./chunk-KBEZPOTM.js";
import "./chunk-5EJRVVY2.js";
import {
  SEARCH_PLACES
} from "./chunk-NGW65SNJ.js";
import "./chunk-Y26MC6NA.js";
import "./chunk-HGCB3MYG.js";
import {
  baselineRepoPath
} from "./chunk-CPVVM4UP.js";
import "./chunk-V3ZTEXLP.js";
import "./chunk-ZN6I7QMI.js";
import "./chunk-VWGE2P5Z.js";
import "./chunk-WYUSH6JS.js";
import "./chunk-VJT5LKH4.js";
import {
  openRepository
} from "./chunk-4UTWXH67.js";
import "./chunk-ESKB75NP.js";
import "./chunk-QAPCKFJT.js";
import "./chunk-3A7CYMZE.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

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
