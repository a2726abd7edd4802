import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  applyChanges,
  describe,
  detectManager
} from "./chunk-HUZBPXPZ.js";
import {
  parseCommandArgs
} from "./chunk-BRJMNBUH.js";
import {
  openRepository
} from "./chunk-4UTWXH67.js";
import {
  runGit
} from "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/commands/init.ts
import { relative } from "node:path";
var INIT_USAGE = `Usage: aiguard init [--dry-run] [--native] [--policy]
  Installs the pre-commit, commit-msg and pre-push hooks in the repository at the current directory:
  husky (listed in package.json or .husky/ present) \u2192 .husky/<hook>; lefthook (lefthook.yml) \u2192 its commands;
  pre-commit framework (.pre-commit-config.yaml) \u2192 a local repo entry; each calls .aiguard/aiguard-runner.sh
  (commit it). Otherwise native hooks in the hooks folder git uses, keeping a hook already there as
  <hook>.before-aiguard. Running it again changes nothing; aiguard uninstall removes what it added.
  --dry-run   print what would change, change nothing
  --native    native hooks even when a hook manager is present
  --policy    also write a starter policy file`;
async function initCommand(argv) {
  const { values } = parseCommandArgs("init", argv, {
    "dry-run": { type: "boolean" },
    native: { type: "boolean" },
    policy: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    process.stdout.write(`${INIT_USAGE}
`);
    return 0;
  }
  const repo = await openRepository(".");
  if (repo.bare || !repo.root) {
    throw new UsageError("aiguard init: a bare repository has no local hooks; copy hooks/pre-receive and hooks/aiguard-runner.sh there");
  }
  const dryRun = values["dry-run"] === true;
  const { manager, changes } = await plan(repo.root, values.native === true);
  const policyLines = values.policy ? await writeStarterPolicy(repo.root, dryRun) : [];
  const actionable = changes.filter((change) => change.type !== "note");
  const verb = dryRun ? "would change" : "changed";
  if (actionable.length === 0) {
    process.stdout.write(`aiguard init: ${manager}: already installed, nothing to change
`);
  } else {
    process.stdout.write(`aiguard init: ${manager}: ${verb}:
`);
    for (const change of changes) process.stdout.write(`  ${describe(change, repo.root)}
`);
    if (!dryRun) await applyChanges(changes, repo.root);
  }
  for (const line of policyLines) process.stdout.write(`aiguard init --policy: ${line}
`);
  return 0;
}
async function plan(root, forceNative) {
  const manager = detectManager(root, forceNative);
  if (manager.name === "husky") {
    const { huskyChanges } = await import("./husky-GWX4DJZT.js");
    const changes = huskyChanges(root);
    const hooksPath = (await runGit(["config", "--get", "core.hooksPath"], root)).stdout.toString("utf8").trim();
    const summary = 'then run: npx husky (or add "prepare": "husky" to package.json) so git calls .husky/';
    if (changes.length > 0 && hooksPath !== ".husky/_") changes.push({ type: "note", summary });
    return { manager: manager.name, changes };
  }
  if (manager.name === "lefthook") {
    const { lefthookChanges } = await import("./lefthook-BB7KETN4.js");
    return { manager: manager.name, changes: await lefthookChanges(manager.file) };
  }
  if (manager.name === "pre-commit framework") {
    const { preCommitFrameworkChanges } = await import("./pre-commit-framework-TQ3JFYSD.js");
    const changes = await preCommitFrameworkChanges(manager.file);
    const summary = "then run: pre-commit install (installs pre-commit, commit-msg and pre-push)";
    if (changes.length > 0) changes.push({ type: "note", summary });
    return { manager: manager.name, changes };
  }
  const { nativeChanges } = await import("./native-GQSFSGAG.js");
  return { manager: manager.name, changes: await nativeChanges(root) };
}
async function writeStarterPolicy(root, dryRun) {
  const { writeStarterPolicy: write } = await import("./starter-policy-O7YKG7TE.js");
  const result = await write(root, { dryRun });
  if (result.existing) return [`a policy exists already (${relative(root, result.existing)}): nothing written`];
  const shown = result.text.trimEnd().split("\n").map((line) => `  ${line}`);
  if (!result.written) return [`would write ${relative(root, result.path)}, ${result.scopeNote}:`, ...shown];
  return [`wrote ${relative(root, result.path)}, ${result.scopeNote} (check it with: aiguard config print)`];
}
export {
  INIT_USAGE,
  initCommand
};
