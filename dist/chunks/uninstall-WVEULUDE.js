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
import "./chunk-ESKB75NP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/commands/uninstall.ts
var UNINSTALL_USAGE = `Usage: aiguard uninstall [--dry-run] [--native]
  Removes the hooks aiguard init installed in the repository at the current directory: the aiguard lines of
  .husky/<hook>, the aiguard commands of lefthook.yml, the aiguard entry of .pre-commit-config.yaml, or the native
  hook stubs (a hook kept as <hook>.before-aiguard goes back in place), and .aiguard/aiguard-runner.sh.
  Anything else stays. Running it again changes nothing.
  --dry-run   print what would change, change nothing
  --native    the native hooks even when a hook manager is present`;
async function uninstallCommand(argv) {
  const { values } = parseCommandArgs("uninstall", argv, {
    "dry-run": { type: "boolean" },
    native: { type: "boolean" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    process.stdout.write(`${UNINSTALL_USAGE}
`);
    return 0;
  }
  const repo = await openRepository(".");
  if (repo.bare || !repo.root) {
    throw new UsageError("aiguard uninstall: a bare repository has no local hooks; remove hooks/pre-receive by hand");
  }
  const root = repo.root;
  const manager = detectManager(root, values.native === true);
  let changes;
  if (manager.name === "husky") changes = (await import("./husky-GWX4DJZT.js")).huskyRemovals(root);
  else if (manager.name === "lefthook") changes = await (await import("./lefthook-BB7KETN4.js")).lefthookRemovals(manager.file);
  else if (manager.name === "pre-commit framework") {
    changes = await (await import("./pre-commit-framework-TQ3JFYSD.js")).preCommitFrameworkRemovals(manager.file);
  } else changes = await (await import("./native-GQSFSGAG.js")).nativeRemovals(root);
  if (changes.length === 0) {
    process.stdout.write(`aiguard uninstall: ${manager.name}: nothing of aiguard's installed, nothing to change
`);
    return 0;
  }
  const dryRun = values["dry-run"] === true;
  process.stdout.write(`aiguard uninstall: ${manager.name}: ${dryRun ? "would change" : "changed"}:
`);
  for (const change of changes) process.stdout.write(`  ${describe(change, root)}
`);
  if (!dryRun) await applyChanges(changes, root);
  return 0;
}
export {
  UNINSTALL_USAGE,
  uninstallCommand
};
