import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  environmentSubjects
} from "./chunk-ESPVFDAR.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-QDPCONW7.js";
import {
  openRepository
} from "./chunk-XF6QA2CC.js";
import {
  stagedSubjects
} from "./chunk-SH4CMKU7.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-4ZGAVNFW.js";
import {
  collectFindings,
  collectWithSettings
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

// src/hooks/pre-commit.ts
async function preCommitHook(context) {
  const here = process.cwd();
  const staged = stagedSubjects({ cwd: here, gitDir: "", bare: false, hasHead: true }, true);
  staged.catch(() => void 0);
  const repo = await openRepository(here);
  const subjects = await staged;
  const engine = await loadLocalEngine(context, repo);
  const findings = await collectWithSettings(repo, engine.ruleSet.matchers, subjects, "index");
  await collectFindings(engine.ruleSet.matchers, environmentSubjects(context.env), findings);
  return decide({ context, engine, findings, commitsScanned: 0, gate: false, repoDir: repo.root ?? repo.cwd });
}
export {
  preCommitHook
};
