import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  runGit
} from "./chunk-ESKB75NP.js";

// src/git/root-commits.ts
async function rootCommitsOf(repo, commits) {
  const ids = [...new Set([...commits].filter((id) => id !== void 0 && /^[0-9a-f]{40,64}$/.test(id)))];
  if (ids.length === 0) return /* @__PURE__ */ new Set();
  const args = ["rev-list", "--ignore-missing", "--no-walk=unsorted", "--max-parents=0", "--stdin"];
  const result = await runGit(args, repo.cwd, `${ids.join("\n")}
`);
  if (result.code !== 0) return /* @__PURE__ */ new Set();
  return new Set(result.stdout.toString("utf8").split("\n").filter(Boolean));
}

export {
  rootCommitsOf
};
