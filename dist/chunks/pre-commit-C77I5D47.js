import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  environmentSource
} from "./chunk-R5BXJH6T.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-K75BZ4FE.js";
import {
  stagedSource
} from "./chunk-6USM5W6Z.js";
import "./chunk-KDSNJN5L.js";
import {
  openRepository
} from "./chunk-SQEYGC7D.js";
import "./chunk-WWYWQAHO.js";
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
