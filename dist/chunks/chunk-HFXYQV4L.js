import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  firstLine,
  runGit
} from "./chunk-7RU7R6GY.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";

// src/git/repository.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
async function openRepository(dir) {
  const cwd = resolve(dir);
  const [probe, head] = await Promise.all([
    runGit(["rev-parse", "--is-bare-repository", "--absolute-git-dir", "--show-toplevel"], cwd),
    runGit(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], cwd)
  ]).catch((error) => {
    throw folderError(dir, cwd) ?? error;
  });
  const lines = probe.stdout.toString("utf8").split("\n");
  if (probe.code !== 0 && !(lines[0] === "true")) {
    throw new UsageError(`not a git repository: ${dir} (${firstLine(probe.stderr) || "git rev-parse failed"})`);
  }
  const bare = lines[0] === "true";
  const gitDir = lines[1] ?? cwd;
  const root = bare ? void 0 : lines[2] || void 0;
  return { cwd: root ?? gitDir, root, gitDir, bare, hasHead: head.code === 0 };
}
function folderError(dir, cwd) {
  try {
    return statSync(cwd).isDirectory() ? void 0 : new UsageError(`not a folder: ${dir}`);
  } catch {
    return new UsageError(`no such folder: ${dir}`);
  }
}
async function commitId(repo, rev) {
  const result = await runGit(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], repo.cwd);
  return result.code === 0 ? result.stdout.toString("utf8").trim() : void 0;
}
async function resolveCommit(repo, rev) {
  const id = await commitId(repo, rev);
  if (id === void 0) throw new UsageError(`unknown revision: ${rev}`);
  return id;
}

export {
  openRepository,
  commitId,
  resolveCommit
};
