import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  environmentSource
} from "./chunk-XW7VQFTV.js";
import {
  decide,
  loadLocalEngine
} from "./chunk-Z4IFIIQQ.js";
import {
  stagedSource
} from "./chunk-4TIHZFY7.js";
import "./chunk-GS7CHFMK.js";
import "./chunk-C5BAC656.js";
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
  openRepository
} from "./chunk-4UTWXH67.js";
import "./chunk-ESKB75NP.js";
import "./chunk-QAPCKFJT.js";
import "./chunk-3A7CYMZE.js";
import "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

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
