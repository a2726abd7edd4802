import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  prePushRevisions,
  pushedCommitsSources,
  pushedRefs
} from "./chunk-XUOM5N4A.js";
import {
  parsePrePushInput,
  readStdin
} from "./chunk-522AMPH5.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-Z4IFIIQQ.js";
import "./chunk-XODC4DIF.js";
import "./chunk-SZTQLXJE.js";
import "./chunk-C5BAC656.js";
import "./chunk-QQBOK7KR.js";
import "./chunk-FRPMA3TM.js";
import "./chunk-4IZPWBSN.js";
import "./chunk-WGNTBMP4.js";
import "./chunk-CA2JELLG.js";
import "./chunk-ANK5ROIP.js";
import "./chunk-TL4CNQY2.js";
import "./chunk-WSULOSY3.js";
import "./chunk-24LWJLR4.js";
import "./chunk-HJVOMFK7.js";
import "./chunk-N6WKSYDH.js";
import "./chunk-QWYIKMHS.js";
import "./chunk-KBEZPOTM.js";
import "./chunk-5EJRVVY2.js";
import "./chunk-NGW65SNJ.js";
import "./chunk-Y26MC6NA.js";
import "./chunk-HGCB3MYG.js";
import "./chunk-CPVVM4UP.js";
import "./chunk-V3ZTEXLP.js";
import "./chunk-ZN6I7QMI.js";
import "./chunk-VWGE2P5Z.js";
import "./chunk-WYUSH6JS.js";
import "./chunk-VJT5LKH4.js";
import {
  openRepository,
  resolveCommit
} from "./chunk-4UTWXH67.js";
import "./chunk-ESKB75NP.js";
import "./chunk-QAPCKFJT.js";
import "./chunk-3A7CYMZE.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/hooks/pre-push.ts
async function prePushHook(context) {
  const repo = await openRepository(".");
  const [engine, input] = await Promise.all([loadLocalEngine(context, repo), readStdin()]);
  const { remote, updates } = await pushTarget(context, repo, parsePrePushInput(input));
  const revisions = await prePushRevisions(repo.cwd, remote, updates);
  const sources = pushedCommitsSources(repo, revisions, pushedRefs(updates));
  return decide({ context, engine, sources, gate: true, repoDir: repo.root ?? repo.cwd });
}
var ZERO = "0".repeat(40);
async function pushTarget(context, repo, updates) {
  const env = context.env;
  const remote = context.args[0] ?? env.PRE_COMMIT_REMOTE_NAME ?? "";
  if (updates.length > 0 || !env.PRE_COMMIT_REMOTE_NAME) return { remote, updates };
  const remoteRef = env.PRE_COMMIT_REMOTE_BRANCH ?? "";
  const to = env.PRE_COMMIT_TO_REF;
  const from = env.PRE_COMMIT_FROM_REF;
  const localRef = env.PRE_COMMIT_LOCAL_BRANCH || "HEAD";
  if (to && from) return { remote, updates: parsePrePushInput(`${localRef} ${to} ${remoteRef || "HEAD"} ${from}
`) };
  if (env.PRE_COMMIT_LOCAL_BRANCH)
    return { remote, updates: [{ localRef, localSha: await resolveCommit(repo, localRef), remoteRef, remoteSha: ZERO }] };
  return { remote, updates: [] };
}
export {
  prePushHook
};
