import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  firstLine,
  runGit
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/existing-commits.ts
async function existingCommits(cwd, ids) {
  const found = /* @__PURE__ */ new Map();
  if (ids.length === 0) return found;
  const input = ids.map((id) => `${id}^{commit}
`).join("");
  const result = await runGit(["cat-file", "--batch-check=%(objectname) %(objecttype)"], cwd, input);
  if (result.code !== 0) throw new UsageError(`git cat-file --batch-check: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const lines = result.stdout.toString("utf8").split("\n");
  ids.forEach((id, index) => {
    const [objectName, type] = (lines[index] ?? "").split(" ");
    if (type === "commit" && objectName) found.set(id, objectName);
  });
  return found;
}

export {
  existingCommits
};
