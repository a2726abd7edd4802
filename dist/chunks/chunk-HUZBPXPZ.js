import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  git
} from "./chunk-ESKB75NP.js";

// src/init/changes.ts
import { chmodSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
function describe(change, root) {
  const show = (path) => relative(root, path) || path;
  if (change.type === "file" || change.type === "remove") return `${show(change.path)}: ${change.summary}`;
  if (change.type === "rename") return `${show(change.from)} \u2192 ${show(change.to)}: ${change.summary}`;
  if (change.type === "git-config") return `git config ${change.key} ${change.value}: ${change.summary}`;
  if (change.type === "git-config-unset") return `git config --unset ${change.key}: ${change.summary}`;
  return change.summary;
}
async function applyChanges(changes, cwd) {
  for (const change of changes) {
    if (change.type === "file") {
      mkdirSync(dirname(change.path), { recursive: true });
      writeFileSync(change.path, change.content);
      if (change.executable) chmodSync(change.path, 493);
    } else if (change.type === "rename") {
      renameSync(change.from, change.to);
    } else if (change.type === "remove") {
      rmSync(change.path, { force: true });
      if (change.removeEmptyParent && readdirSync(dirname(change.path)).length === 0) rmdirSync(dirname(change.path));
    } else if (change.type === "git-config") {
      await git(["config", "--local", change.key, change.value], cwd);
    } else if (change.type === "git-config-unset") {
      await git(["config", "--local", "--unset", change.key], cwd);
    }
  }
}

// src/init/detect-manager.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var LEFTHOOK_FILES = ["lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml"];
function detectManager(root, forceNative) {
  if (forceNative) return { name: "native hooks" };
  if (usesHusky(root)) return { name: "husky" };
  const lefthook = LEFTHOOK_FILES.find((name) => existsSync(join(root, name)));
  if (lefthook) return { name: "lefthook", file: join(root, lefthook) };
  const preCommit = join(root, ".pre-commit-config.yaml");
  if (existsSync(preCommit)) return { name: "pre-commit framework", file: preCommit };
  return { name: "native hooks" };
}
function usesHusky(root) {
  if (existsSync(join(root, ".husky"))) return true;
  try {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    return Boolean(pkg.devDependencies?.husky ?? pkg.dependencies?.husky);
  } catch {
    return false;
  }
}

export {
  describe,
  applyChanges,
  detectManager
};
