import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  policyAtRevision
} from "./chunk-4XJGVN5P.js";
import {
  parsePreReceiveInput,
  preReceiveRevisions,
  pushedCommitsSources,
  readStdin
} from "./chunk-BMTM2ON7.js";
import {
  decide
} from "./chunk-RXUXKVZP.js";
import {
  openRepository
} from "./chunk-XF6QA2CC.js";
import "./chunk-KTDDB3LT.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-7DQSRGLE.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-3W4FSNZF.js";
import "./chunk-4ZGAVNFW.js";
import {
  engineFor,
  loadEngine
} from "./chunk-QTT5P3K3.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-T3SIZCCV.js";
import "./chunk-YBZP5XTF.js";
import "./chunk-XBZO7ZD7.js";
import "./chunk-NFX7L2P6.js";
import "./chunk-7SZH5YZF.js";
import "./chunk-GR7PAYJG.js";
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

// src/hooks/pre-receive.ts
async function preReceiveHook(context) {
  const repo = await openRepository(".");
  const [engine, input] = await Promise.all([loadServerEngine(context, repo), readStdin()]);
  const revisions = await preReceiveRevisions(repo.cwd, parsePreReceiveInput(input));
  return decide({ context, engine, sources: pushedCommitsSources(repo, revisions), gate: true, repoDir: repo.cwd });
}
export {
  preReceiveHook
};
