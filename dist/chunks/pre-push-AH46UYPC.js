import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  prePushRevisions,
  pushedCommitsSources,
  pushedRefs
} from "./chunk-KAILSYEG.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-K75BZ4FE.js";
import {
  parsePrePushInput,
  readStdin
} from "./chunk-JUYOQOFF.js";
import {
  openRepository,
  resolveCommit
} from "./chunk-SQEYGC7D.js";
import "./chunk-DRJECJGC.js";
import "./chunk-WWYWQAHO.js";
import "./chunk-J4TZ3TZQ.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-2GJYC5AG.js";
import "./chunk-FNEAICNM.js";
import "./chunk-L5UX2IFM.js";
import "./chunk-ESRU6ARM.js";
import "./chunk-PM7LJ7J2.js";
import "./chunk-TZIBRDA3.js";
import "./chunk-Q46FT7M3.js";
import "./chunk-7HWEKAEO.js";
import "./chunk-5HDEY43M.js";
import "./chunk-6WWNLYQH.js";
import "./chunk-ZWTPA6KL.js";
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-5AY5LYA7.js";
import "./chunk-RA55SYXC.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

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
  if (env.PRE_COMMIT_LOCAL_BRANCH) return { remote, updates: [{ localRef, localSha: await resolveCommit(repo, localRef), remoteRef, remoteSha: ZERO }] };
  return { remote, updates: [] };
}
export {
  prePushHook
};
