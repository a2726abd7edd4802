import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  firstLine,
  runGit
} from "./chunk-Q24ZOMJQ.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/git/ref-tips.ts
async function branchAndTagTips(cwd) {
  const format = "%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)";
  const result = await runGit(["for-each-ref", `--format=${format}`, "refs/heads", "refs/tags"], cwd);
  if (result.code !== 0) throw new UsageError(`git for-each-ref: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  const tips = [];
  for (const line of result.stdout.toString("utf8").split("\n")) {
    if (!line) continue;
    const [ref, type, id, peeledType, peeledId] = line.split("\0");
    if (type === "commit" && ref && id) tips.push({ ref, commit: id });
    else if (peeledType === "commit" && ref && peeledId) tips.push({ ref, commit: peeledId });
  }
  return tips;
}
async function headBranch(cwd) {
  const result = await runGit(["symbolic-ref", "-q", "--short", "HEAD"], cwd);
  return result.code === 0 ? result.stdout.toString("utf8").trim() || void 0 : void 0;
}
export {
  branchAndTagTips,
  headBranch
};
