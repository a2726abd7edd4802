import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  INSTALLED_HOOKS,
  RUNNER_NAME,
  hookRunnerText
} from "./chunk-INNBQZQJ.js";
import {
  git
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/init/native.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
var NATIVE_STUB = `#!/bin/sh
. "\${0%/*}/${RUNNER_NAME}"
`;
var CHAINED = ".before-aiguard";
async function hooksFolder(root) {
  return resolve(root, (await git(["rev-parse", "--git-path", "hooks"], root)).trim());
}
async function nativeChanges(root) {
  const folder = await hooksFolder(root);
  const changes = [];
  const runner = join(folder, RUNNER_NAME);
  if (!existsSync(runner) || readFileSync(runner, "utf8") !== hookRunnerText()) {
    changes.push({ type: "file", path: runner, content: hookRunnerText(), executable: true, summary: "the aiguard hook runner" });
  }
  for (const hook of INSTALLED_HOOKS) {
    const path = join(folder, hook);
    if (isStub(path)) continue;
    if (existsSync(path)) {
      if (existsSync(path + CHAINED)) throw new UsageError(`aiguard init: ${path} and ${path}${CHAINED} both exist; move one away first`);
      changes.push({ type: "rename", from: path, to: path + CHAINED, summary: `kept: runs after aiguard passes` });
    }
    const chained = existsSync(path) ? `, then the existing ${hook} hook` : "";
    changes.push({ type: "file", path, content: NATIVE_STUB, executable: true, summary: `aiguard hook ${hook}${chained}` });
  }
  return changes;
}
async function nativeRemovals(root) {
  const folder = await hooksFolder(root);
  const changes = [];
  for (const hook of INSTALLED_HOOKS) {
    const path = join(folder, hook);
    if (!isStub(path)) continue;
    changes.push({ type: "remove", path, summary: `remove the aiguard ${hook} hook` });
    const summary = `the ${hook} hook from before aiguard, back in place`;
    if (existsSync(path + CHAINED)) changes.push({ type: "rename", from: path + CHAINED, to: path, summary });
  }
  const runner = join(folder, RUNNER_NAME);
  if (existsSync(runner)) changes.push({ type: "remove", path: runner, summary: "remove the aiguard hook runner" });
  return changes;
}
function isStub(path) {
  try {
    return statSync(path).isFile() && readFileSync(path, "utf8") === NATIVE_STUB;
  } catch {
    return false;
  }
}
export {
  NATIVE_STUB,
  hooksFolder,
  nativeChanges,
  nativeRemovals
};
