import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/git/run-git.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
var SAFE_CONFIG = [
  "--no-replace-objects",
  "-c",
  "core.useReplaceRefs=false",
  "-c",
  "core.fsmonitor=false",
  "-c",
  "core.quotePath=false",
  "-c",
  "i18n.logOutputEncoding=UTF-8",
  "-c",
  "diff.noprefix=false",
  "-c",
  "diff.mnemonicPrefix=false",
  "-c",
  "color.ui=false",
  // diff.relative hides changes outside the folder git runs in; log.showSignature writes gpg output into the log.
  "-c",
  "diff.relative=false",
  "-c",
  "log.showSignature=false",
  // A column field would shift git grep's output; the grafts hint would become the first line of every error.
  "-c",
  "grep.column=false",
  "-c",
  "advice.graftFileDeprecated=false"
];
function gitArgs(args) {
  return [...SAFE_CONFIG, ...args];
}
var NO_REPLACEMENTS = { GIT_NO_REPLACE_OBJECTS: "1", GIT_GRAFT_FILE: "/dev/null" };
function gitEnv() {
  return { ...process.env, GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...NO_REPLACEMENTS };
}
function runGit(args, cwd, input, signal, onStdout) {
  return new Promise((resolve, reject) => {
    const stopped = () => new UsageError(`git ${args[0] ?? ""}: stopped`);
    if (signal?.aborted) return reject(stopped());
    const child = spawn("git", gitArgs(args), {
      cwd,
      env: gitEnv(),
      stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const abort = () => {
      stopChild(child);
      reject(stopped());
    };
    signal?.addEventListener("abort", abort, { once: true });
    child.on("close", () => signal?.removeEventListener("abort", abort));
    const out = [];
    const err = [];
    child.stdout.on("data", onStdout ?? ((chunk) => out.push(chunk)));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => reject(new UsageError(existsSync(cwd) ? `cannot run git: ${error.message}` : `no such folder: ${cwd}`)));
    child.on("close", (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8"), code: code ?? 1 }));
    if (child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
function stopChild(child) {
  if (child.pid === void 0 || child.pid <= 0 || child.exitCode !== null || child.signalCode !== null) return;
  child.kill();
}
async function git(args, cwd, what = args.join(" ")) {
  const result = await runGit(args, cwd);
  if (result.code !== 0) throw new UsageError(`git ${what}: ${firstLine(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.toString("utf8");
}
function firstLine(text) {
  return text.split("\n").map((line) => line.trim()).find((line) => line.length > 0) ?? "";
}
function splitZ(text) {
  const fields = text.split("\0");
  if (fields.length > 0 && fields[fields.length - 1] === "") fields.pop();
  return fields;
}

export {
  gitArgs,
  gitEnv,
  runGit,
  stopChild,
  git,
  firstLine,
  splitZ
};
