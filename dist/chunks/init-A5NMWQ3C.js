import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  applyChanges,
  describe
} from "./chunk-ZS3TVXTA.js";
import {
  openRepository
} from "./chunk-XF6QA2CC.js";
import {
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import {
  runGit
} from "./chunk-4ZGAVNFW.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

// src/commands/init.ts
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
var INIT_USAGE = `Usage: aiguard init [--dry-run] [--native] [--policy]
  Installs the pre-commit, commit-msg and pre-push hooks in the repository at the current directory:
  husky (listed in package.json or .husky/ present) \u2192 .husky/<hook>; lefthook (lefthook.yml) \u2192 its commands;
  pre-commit framework (.pre-commit-config.yaml) \u2192 a local repo entry; otherwise native hooks in
  .git/aiguard-hooks with core.hooksPath, chaining the hooks already there. Running it again changes nothing.
  --dry-run   print what would change, change nothing
  --native    native hooks even when a hook manager is present
  --policy    also write a starter policy file`;
var LEFTHOOK_FILES = ["lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml"];
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
  if (repo.bare || !repo.root) throw new UsageError("aiguard init: a bare repository has no local hooks; copy hooks/pre-receive into its hooks/ (see docs/hooks.md)");
  const dryRun = values["dry-run"] === true;
  const { manager, changes } = await plan(repo, values.native === true);
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
async function plan(repo, forceNative) {
  const root = repo.root;
  if (!forceNative && usesHusky(root)) {
    const { huskyChanges } = await import("./husky-JG22SHXS.js");
    const changes = huskyChanges(root);
    const hooksPath = (await runGit(["config", "--get", "core.hooksPath"], root)).stdout.toString("utf8").trim();
    if (changes.length > 0 && hooksPath !== ".husky/_") changes.push({ type: "note", summary: "then run: npx husky (npm install runs it too, through the prepare script) so git calls .husky/" });
    return { manager: "husky", changes };
  }
  const lefthookFile = forceNative ? void 0 : LEFTHOOK_FILES.find((name) => existsSync(join(root, name)));
  if (lefthookFile) {
    const { lefthookChanges } = await import("./lefthook-H2G55XMO.js");
    return { manager: "lefthook", changes: await lefthookChanges(join(root, lefthookFile)) };
  }
  if (!forceNative && existsSync(join(root, ".pre-commit-config.yaml"))) {
    const { preCommitFrameworkChanges } = await import("./pre-commit-framework-4RAW5ZQF.js");
    const changes = await preCommitFrameworkChanges(join(root, ".pre-commit-config.yaml"));
    if (changes.length > 0) changes.push({ type: "note", summary: "then run: pre-commit install (installs pre-commit, commit-msg and pre-push)" });
    return { manager: "pre-commit framework", changes };
  }
  const { nativeChanges } = await import("./native-EAUX4SQU.js");
  return { manager: "native hooks", changes: await nativeChanges(repo) };
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
async function writeStarterPolicy(root, dryRun) {
  const { writeStarterPolicy: write } = await import("./starter-policy-3GQLX4RR.js");
  const result = await write(root, { dryRun });
  if (result.existing) return [`a policy exists already (${relative(root, result.existing)}): nothing written`];
  if (!result.written) return [`would write ${relative(root, result.path)}:`, ...result.text.trimEnd().split("\n").map((line) => `  ${line}`)];
  return [`wrote ${relative(root, result.path)} (check it with: aiguard config print)`];
}
export {
  INIT_USAGE,
  initCommand
};
