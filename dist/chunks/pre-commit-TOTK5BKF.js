import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  environmentSource
} from "./chunk-R5BXJH6T.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-RXUXKVZP.js";
import "./chunk-KDSNJN5L.js";
import {
  openRepository
} from "./chunk-XF6QA2CC.js";
import {
  stagedSource
} from "./chunk-XJBIZLDZ.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-4ZGAVNFW.js";
import "./chunk-QTT5P3K3.js";
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

// src/hooks/pre-commit.ts
async function preCommitHook(context) {
  const here = process.cwd();
  const opening = openRepository(here);
  opening.catch(() => void 0);
  const staged = stagedSource(here, opening, { content: true });
  const repo = await opening;
  const engine = await loadLocalEngine(context, repo);
  return decide({ context, engine, sources: [staged, environmentSource(context.env)], gate: false, repoDir: repo.root ?? repo.cwd });
}
export {
  preCommitHook
};
