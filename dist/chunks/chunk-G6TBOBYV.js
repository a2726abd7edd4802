import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  firstLine,
  gitArgs,
  gitEnv
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/patch-ids.ts
import { spawn } from "node:child_process";
var DIFF_ARGS = [
  "diff-tree",
  "--stdin",
  "-p",
  "-r",
  "--root",
  "--no-renames",
  "--text",
  "--no-ext-diff",
  "--no-textconv",
  "--no-color",
  "--full-index"
];
async function patchIds(cwd, commits) {
  const ids = /* @__PURE__ */ new Map();
  if (commits.length === 0) return ids;
  const env = gitEnv();
  const diff = spawn("git", gitArgs(DIFF_ARGS), { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
  const patch = spawn("git", gitArgs(["patch-id", "--stable"]), { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
  diff.stdout.pipe(patch.stdin);
  const out = [];
  const errors = [];
  patch.stdout.on("data", (chunk) => out.push(chunk));
  diff.stderr.on("data", (chunk) => errors.push(chunk));
  patch.stderr.on("data", (chunk) => errors.push(chunk));
  diff.stdin.on("error", () => void 0);
  patch.stdin.on("error", () => void 0);
  const exit = (child) => new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new UsageError(`cannot run git: ${error.message}`)));
    child.on("close", (code) => resolve(code ?? 1));
  });
  const exits = Promise.all([exit(diff), exit(patch)]);
  diff.stdin.end(`${commits.join("\n")}
`);
  const [diffCode, patchCode] = await exits;
  if (diffCode !== 0 || patchCode !== 0)
    throw new UsageError(`git patch-id: ${firstLine(Buffer.concat(errors).toString("utf8")) || "failed"}`);
  for (const line of Buffer.concat(out).toString("utf8").split("\n")) {
    const [patchId, commit] = line.split(" ");
    if (patchId && commit) ids.set(commit, patchId);
  }
  return ids;
}

export {
  patchIds
};
