import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  runnerCommand,
  runnerFileChange,
  runnerFileRemoval
} from "./chunk-INNBQZQJ.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/init/pre-commit-framework.ts
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
var HOOK_IDS = ["aiguard", "aiguard-commit-msg", "aiguard-pre-push"];
var INSTALL_TYPES = ["pre-commit", "commit-msg", "pre-push"];
function stageNames(version) {
  const match = /(\d+)\.(\d+)/.exec(version ?? "");
  const modern = !match || Number(match[1]) > 3 || Number(match[1]) === 3 && Number(match[2]) >= 2;
  return modern ? { commit: "pre-commit", push: "pre-push" } : { commit: "commit", push: "push" };
}
function installedPreCommitVersion() {
  const result = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : void 0;
}
async function open(path) {
  const YAML = await import("./yaml-IPDUMOFC.js");
  const doc = YAML.parseDocument(readFileSync(path, "utf8"));
  if (doc.errors.length > 0) throw new UsageError(`${path}: invalid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (!YAML.isMap(doc.contents)) throw new UsageError(`${path}: expected a mapping at the top level`);
  const repos = doc.get("repos");
  if (repos !== void 0 && repos !== null && !YAML.isSeq(repos)) throw new UsageError(`${path}: repos: expected a list`);
  const isAiguardRepo = (repo) => {
    const hooks = YAML.isMap(repo) ? repo.get("hooks") : void 0;
    return YAML.isSeq(hooks) && hooks.items.some((hook) => YAML.isMap(hook) && String(hook.get("id") ?? "").startsWith("aiguard"));
  };
  return { YAML, doc, repos: YAML.isSeq(repos) ? repos : void 0, isAiguardRepo };
}
async function preCommitFrameworkChanges(path, version = installedPreCommitVersion()) {
  const { YAML, doc, repos, isAiguardRepo } = await open(path);
  const runner = runnerFileChange(dirname(path));
  if (repos?.items.some(isAiguardRepo)) return runner;
  const stages = stageNames(version);
  const hook = (id, name, gitHook, stage, passFilenames) => ({
    id,
    name,
    entry: runnerCommand(gitHook),
    language: "system",
    stages: [stage],
    pass_filenames: passFilenames,
    always_run: true
  });
  const entry = {
    repo: "local",
    hooks: [
      hook(HOOK_IDS[0], "aiguard: AI tool traces in staged changes", "pre-commit", stages.commit, false),
      // The framework passes the message file as the one file name of a commit-msg hook.
      hook(HOOK_IDS[1], "aiguard: AI attribution in the commit message", "commit-msg", "commit-msg", true),
      // The framework keeps the push lines; aiguard reads PRE_COMMIT_FROM_REF/TO_REF instead.
      hook(HOOK_IDS[2], "aiguard: AI tool traces in pushed commits", "pre-push", stages.push, false)
    ]
  };
  if (repos) repos.add(doc.createNode(entry));
  else doc.set("repos", doc.createNode([entry]));
  const types = doc.get("default_install_hook_types");
  if (YAML.isSeq(types)) {
    for (const type of INSTALL_TYPES) if (!types.items.some((item) => YAML.isScalar(item) && item.value === type)) types.add(type);
  } else if (types === void 0) {
    doc.set("default_install_hook_types", doc.createNode(INSTALL_TYPES, { flow: true }));
  }
  const summary = "add a local repo entry with the aiguard hooks (pre-commit, commit-msg, pre-push)";
  return [...runner, { type: "file", path, content: doc.toString(), summary }];
}
async function preCommitFrameworkRemovals(path) {
  const { YAML, doc, repos, isAiguardRepo } = await open(path);
  const runner = runnerFileRemoval(dirname(path));
  const local = repos?.items.findIndex((repo) => YAML.isMap(repo) && repo.get("repo") === "local" && isAiguardRepo(repo)) ?? -1;
  if (!repos || local === -1) return runner;
  repos.items.splice(local, 1);
  const types = doc.get("default_install_hook_types");
  if (YAML.isSeq(types) && types.items.map((item) => YAML.isScalar(item) ? item.value : void 0).join() === INSTALL_TYPES.join()) {
    doc.delete("default_install_hook_types");
  }
  return [{ type: "file", path, content: doc.toString(), summary: "remove the local repo entry with the aiguard hooks" }, ...runner];
}
export {
  installedPreCommitVersion,
  preCommitFrameworkChanges,
  preCommitFrameworkRemovals,
  stageNames
};
