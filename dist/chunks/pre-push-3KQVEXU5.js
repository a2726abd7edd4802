import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  prePushRevisions,
  pushedCommitsSources
} from "./chunk-WRMWXIJC.js";
import {
  parsePrePushInput,
  readStdin
} from "./chunk-JUYOQOFF.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-GKODIPEP.js";
import "./chunk-PS3CLWPN.js";
import "./chunk-TE6F66VO.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-OLEGOZG7.js";
import {
  openRepository,
  resolveCommit
} from "./chunk-HFXYQV4L.js";
import "./chunk-7RU7R6GY.js";
import "./chunk-DRCNJD7D.js";
import "./chunk-R3RIRAUL.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-JCWSHI53.js";
import "./chunk-35CTJ6CM.js";
import "./chunk-IQBMQQZS.js";
import "./chunk-TZIBRDA3.js";
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
import "./chunk-Q46FT7M3.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";

// src/hooks/pre-push.ts
async function prePushHook(context) {
  const repo = await openRepository(".");
  const [engine, input] = await Promise.all([loadLocalEngine(context, repo), readStdin()]);
  const { remote, updates } = await pushTarget(context, repo, parsePrePushInput(input));
  const revisions = await prePushRevisions(repo.cwd, remote, updates);
  return decide({ context, engine, sources: pushedCommitsSources(repo, revisions), gate: true, repoDir: repo.root ?? repo.cwd });
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
