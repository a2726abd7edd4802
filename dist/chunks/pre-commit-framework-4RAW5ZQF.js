import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

// src/init/pre-commit-framework.ts
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
function stageNames(version) {
  const match = /(\d+)\.(\d+)/.exec(version ?? "");
  const modern = !match || Number(match[1]) > 3 || Number(match[1]) === 3 && Number(match[2]) >= 2;
  return modern ? { commit: "pre-commit", push: "pre-push" } : { commit: "commit", push: "push" };
}
function installedPreCommitVersion() {
  const result = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : void 0;
}
async function preCommitFrameworkChanges(path, version = installedPreCommitVersion()) {
  const YAML = await import("./yaml-7Y63VVIU.js");
  const doc = YAML.parseDocument(readFileSync(path, "utf8"));
  if (doc.errors.length > 0) throw new UsageError(`${path}: invalid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (!YAML.isMap(doc.contents)) throw new UsageError(`${path}: expected a mapping at the top level`);
  const repos = doc.get("repos");
  if (repos !== void 0 && repos !== null && !YAML.isSeq(repos)) throw new UsageError(`${path}: repos: expected a list`);
  const present = YAML.isSeq(repos) && repos.items.some((repo) => {
    const hooks = YAML.isMap(repo) ? repo.get("hooks") : void 0;
    return YAML.isSeq(hooks) && hooks.items.some((hook2) => YAML.isMap(hook2) && String(hook2.get("id") ?? "").startsWith("aiguard"));
  });
  if (present) return [];
  const stages = stageNames(version);
  const hook = (id, name, entry2, stage, passFilenames) => ({
    id,
    name,
    entry: entry2,
    language: "system",
    stages: [stage],
    pass_filenames: passFilenames,
    always_run: true
  });
  const entry = {
    repo: "local",
    hooks: [
      hook("aiguard", "aiguard: AI tool traces in staged changes", "aiguard hook pre-commit", stages.commit, false),
      // The framework passes the message file as the one file name of a commit-msg hook.
      hook("aiguard-commit-msg", "aiguard: AI attribution in the commit message", "aiguard hook commit-msg", "commit-msg", true),
      // The framework keeps the push lines; aiguard reads PRE_COMMIT_FROM_REF/TO_REF instead.
      hook("aiguard-pre-push", "aiguard: AI tool traces in pushed commits", "aiguard hook pre-push", stages.push, false)
    ]
  };
  if (YAML.isSeq(repos)) repos.add(doc.createNode(entry));
  else doc.set("repos", doc.createNode([entry]));
  const types = doc.get("default_install_hook_types");
  const wanted = [stages.commit === "commit" ? "pre-commit" : stages.commit, "commit-msg", "pre-push"];
  if (YAML.isSeq(types)) {
    for (const type of wanted) if (!types.items.some((item) => YAML.isScalar(item) && item.value === type)) types.add(type);
  } else if (types === void 0) {
    doc.set("default_install_hook_types", doc.createNode(wanted, { flow: true }));
  }
  return [{ type: "file", path, content: doc.toString(), summary: "add a local repo entry with the aiguard hooks (pre-commit, commit-msg, pre-push)" }];
}
export {
  installedPreCommitVersion,
  preCommitFrameworkChanges,
  stageNames
};
