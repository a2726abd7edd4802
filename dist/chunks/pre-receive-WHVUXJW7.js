import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  policyAtRevision
} from "./chunk-J6UBO3BV.js";
import {
  parsePreReceiveInput,
  preReceiveRevisions,
  readStdin,
  scanPushedCommits
} from "./chunk-TJ6HEDZN.js";
import {
  decide
} from "./chunk-QDPCONW7.js";
import "./chunk-3ZIO4OZC.js";
import {
  openRepository
} from "./chunk-XF6QA2CC.js";
import "./chunk-VNCF2TW3.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-OLEGOZG7.js";
import "./chunk-3W4FSNZF.js";
import "./chunk-4ZGAVNFW.js";
import {
  checkPolicyIds,
  loadEngine,
  loadRuleSet
} from "./chunk-MRZGVUKS.js";
import "./chunk-QCSWZ7RP.js";
import "./chunk-T3SIZCCV.js";
import "./chunk-6GUMSFSJ.js";
import "./chunk-XBZO7ZD7.js";
import "./chunk-NFX7L2P6.js";
import "./chunk-SW43LJ2P.js";
import "./chunk-2PIOZG2P.js";
import "./chunk-2NXHPJH3.js";
import "./chunk-RA55SYXC.js";
import "./chunk-5JE5XEE3.js";

// src/hooks/server-policy.ts
async function loadServerEngine(context, repo) {
  if (context.configFile) return loadEngine({ configFile: context.configFile, allowCode: false });
  if (!repo.hasHead) return loadEngine({});
  const found = await policyAtRevision(repo, "HEAD", "by the server hook", "--config or AIGUARD_CONFIG");
  if (!found) return loadEngine({});
  const ruleSet = await loadRuleSet(found.policy.customRules, found.policy.source);
  checkPolicyIds(found.policy, ruleSet.rules);
  return { policy: found.policy, ruleSet };
}

// src/hooks/pre-receive.ts
async function preReceiveHook(context) {
  const repo = await openRepository(".");
  const [engine, input] = await Promise.all([loadServerEngine(context, repo), readStdin()]);
  const revisions = await preReceiveRevisions(repo.cwd, parsePreReceiveInput(input));
  const { findings, commitsScanned } = await scanPushedCommits(repo, engine.ruleSet.matchers, revisions);
  return decide({ context, engine, findings, commitsScanned, gate: true, repoDir: repo.cwd });
}
export {
  preReceiveHook
};
