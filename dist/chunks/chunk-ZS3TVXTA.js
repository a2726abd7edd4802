import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  git
} from "./chunk-4ZGAVNFW.js";

// src/init/changes.ts
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
function describe(change, root) {
  if (change.type === "file") return `${relative(root, change.path) || change.path}: ${change.summary}`;
  if (change.type === "git-config") return `git config ${change.key} ${change.value}: ${change.summary}`;
  return change.summary;
}
async function applyChanges(changes, cwd) {
  for (const change of changes) {
    if (change.type === "file") {
      mkdirSync(dirname(change.path), { recursive: true });
      writeFileSync(change.path, change.content);
      if (change.executable) chmodSync(change.path, 493);
    } else if (change.type === "git-config") {
      await git(["config", "--local", change.key, change.value], cwd);
    }
  }
}
function shQuote(text) {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

export {
  describe,
  applyChanges,
  shQuote
};
