import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  showFile
} from "./chunk-R3WR3B7D.js";
import {
  baselineRepoPath,
  parseBaseline
} from "./chunk-CPVVM4UP.js";

// src/ci/trusted-baseline.ts
async function trustedBaseline(repo, policy, base) {
  const path = baselineRepoPath(repo.root ?? repo.cwd, policy.baseline);
  if (!path || !base) return false;
  const text = await showFile(repo, base, path);
  return text === void 0 ? false : parseBaseline(text, `${base.slice(0, 12)}:${path}`);
}

export {
  trustedBaseline
};
