import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  INSTALLED_HOOKS,
  runnerCommand,
  runnerFileChange,
  runnerFileRemoval
} from "./chunk-INNBQZQJ.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/init/lefthook.ts
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
var RUN = {
  "pre-commit": runnerCommand("pre-commit"),
  "commit-msg": `${runnerCommand("commit-msg")} {1}`,
  "pre-push": `${runnerCommand("pre-push")} {1} {2}`
};
async function open(path) {
  const YAML = await import("./yaml-IPDUMOFC.js");
  const doc = YAML.parseDocument(readFileSync(path, "utf8"));
  if (doc.errors.length > 0) throw new UsageError(`${path}: invalid YAML: ${doc.errors[0].message.split("\n")[0]}`);
  if (doc.contents === null) doc.contents = doc.createNode({});
  if (!YAML.isMap(doc.contents)) throw new UsageError(`${path}: expected a mapping of hooks at the top level`);
  return { YAML, doc };
}
async function lefthookChanges(path) {
  const { YAML, doc } = await open(path);
  const added = [];
  for (const hook of INSTALLED_HOOKS) {
    const entry = { run: RUN[hook] };
    if (hook === "pre-push") entry.use_stdin = true;
    const jobs = doc.getIn([hook, "jobs"]);
    if (YAML.isSeq(jobs)) {
      if (jobs.items.some((item) => YAML.isMap(item) && item.get("name") === "aiguard")) continue;
      jobs.add(doc.createNode({ name: "aiguard", ...entry }));
    } else {
      if (doc.hasIn([hook, "commands", "aiguard"])) continue;
      const current = doc.get(hook);
      if (!YAML.isMap(current) && current !== void 0 && current !== null) throw new UsageError(`${path}: ${hook}: expected a mapping`);
      doc.setIn([hook, "commands", "aiguard"], doc.createNode(entry));
    }
    added.push(hook);
  }
  const runner = runnerFileChange(dirname(path));
  if (added.length === 0) return runner;
  return [
    ...runner,
    { type: "file", path, content: doc.toString(), summary: `add the aiguard command to ${added.join(", ")}` },
    { type: "note", summary: "then run: npx lefthook install (or lefthook install) so git calls lefthook" }
  ];
}
async function lefthookRemovals(path) {
  const { YAML, doc } = await open(path);
  const removed = [];
  for (const hook of INSTALLED_HOOKS) {
    const jobs = doc.getIn([hook, "jobs"]);
    if (YAML.isSeq(jobs)) {
      const index = jobs.items.findIndex((item) => YAML.isMap(item) && item.get("name") === "aiguard");
      if (index === -1) continue;
      jobs.items.splice(index, 1);
      if (jobs.items.length === 0) doc.deleteIn([hook, "jobs"]);
    } else {
      if (!doc.hasIn([hook, "commands", "aiguard"])) continue;
      doc.deleteIn([hook, "commands", "aiguard"]);
      const commands = doc.getIn([hook, "commands"]);
      if (YAML.isMap(commands) && commands.items.length === 0) doc.deleteIn([hook, "commands"]);
    }
    const rest = doc.get(hook);
    if (YAML.isMap(rest) && rest.items.length === 0) doc.delete(hook);
    removed.push(hook);
  }
  const runner = runnerFileRemoval(dirname(path));
  if (removed.length === 0) return runner;
  return [{ type: "file", path, content: doc.toString(), summary: `remove the aiguard command from ${removed.join(", ")}` }, ...runner];
}
export {
  lefthookChanges,
  lefthookRemovals
};
