import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  environmentSource
} from "./chunk-R5BXJH6T.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-GKODIPEP.js";
import {
  stagedSource
} from "./chunk-3XI7IBRV.js";
import "./chunk-MDPOIFR2.js";
import "./chunk-KDSNJN5L.js";
import {
  openRepository
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
