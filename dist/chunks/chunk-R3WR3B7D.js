import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  firstLine,
  runGit,
  splitZ
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/show-file.ts
async function pathsInRevision(repo, rev, paths) {
  const result = await runGit(["ls-tree", "-z", "--name-only", "--full-tree", "--end-of-options", rev, "--", ...paths], repo.cwd);
  if (result.code !== 0) throw new UsageError(`git ls-tree ${rev}: ${firstLine(result.stderr)}`);
  return new Set(splitZ(result.stdout.toString("utf8")));
}
async function showFile(repo, rev, path) {
  const result = await runGit(["cat-file", "blob", `${rev}:${path}`], repo.cwd);
  return result.code === 0 ? result.stdout.toString("utf8") : void 0;
}
async function changedPathsSince(repo, base, head, paths) {
  const result = await runGit(
    ["--literal-pathspecs", "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", `${base}...${head}`, "--", ...paths],
    repo.cwd
  );
  if (result.code !== 0) throw new UsageError(`git diff ${base}...${head}: ${firstLine(result.stderr)}`);
  return splitZ(result.stdout.toString("utf8"));
}
async function changedPathsBetween(repo, before, after, paths) {
  const args = ["--literal-pathspecs", "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", before, after, "--", ...paths];
  const result = await runGit(args, repo.cwd);
  if (result.code !== 0) throw new UsageError(`git diff ${before} ${after}: ${firstLine(result.stderr)}`);
  return splitZ(result.stdout.toString("utf8"));
}

export {
  pathsInRevision,
  showFile,
  changedPathsSince,
  changedPathsBetween
};
