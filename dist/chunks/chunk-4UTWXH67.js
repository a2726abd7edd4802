import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  firstLine,
  git,
  runGit
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

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
  const output = probe.stdout.toString("utf8");
  const bare = output.startsWith("true\n");
  if (probe.code !== 0 && !bare) {
    throw new UsageError(`not a git repository: ${dir} (${firstLine(probe.stderr) || "git rev-parse failed"})`);
  }
  const { gitDir, root } = await splitProbe(output.slice(output.indexOf("\n") + 1), bare, cwd);
  return { cwd: root ?? gitDir, root, gitDir, bare, hasHead: head.code === 0 };
}
async function splitProbe(rest, bare, cwd) {
  const lines = rest.split("\n");
  if (bare) return { gitDir: lines.length <= 2 ? lines[0] || cwd : rest.replace(/\n$/, "") };
  if (lines.length <= 3) return { gitDir: lines[0] || cwd, root: lines[1] || void 0 };
  const top = await runGit(["rev-parse", "--show-toplevel"], cwd);
  const root = top.stdout.toString("utf8").replace(/\n$/, "");
  const gitDir = rest.endsWith(`
${root}
`) ? rest.slice(0, -(root.length + 2)) : lines[0];
  return { gitDir, root: root || void 0 };
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
async function headCommit(repo) {
  if (!repo.hasHead) return void 0;
  return (await git(["rev-parse", "HEAD"], repo.cwd)).trim();
}

export {
  openRepository,
  commitId,
  resolveCommit,
  headCommit
};
