import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  parseCommandArgs
} from "./chunk-BRJMNBUH.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/commands/hook.ts
var HOOKS = {
  "pre-commit": async () => (await import("./pre-commit-AA4PJHCB.js")).preCommitHook,
  "commit-msg": async () => (await import("./commit-msg-Y24AXRG4.js")).commitMsgHook,
  "prepare-commit-msg": async () => (await import("./commit-msg-Y24AXRG4.js")).commitMsgHook,
  "pre-push": async () => (await import("./pre-push-HXHDB5WQ.js")).prePushHook,
  "pre-receive": async () => (await import("./pre-receive-E3LJDUYQ.js")).preReceiveHook
};
var HOOK_USAGE = `Usage: aiguard hook <${Object.keys(HOOKS).join("|")}> [git's hook arguments] [--config F]
  pre-commit           the index (added paths and lines) and the environment of the commit
  commit-msg FILE      the commit message (strip mode with "message": {"onViolation": "strip"})
  prepare-commit-msg FILE [SOURCE [SHA]]   the same, earlier
  pre-push REMOTE URL  the commits new to the remote, from the update lines on stdin
  pre-receive          (server) the commits a push adds, from the update lines on stdin
  --config F           the policy file (default: AIGUARD_CONFIG, else the repository's config; for
                       pre-receive the config on the default branch, never one from the pushed commits)
  --trust-config       run a JS/TS config found in the repository (also AIGUARD_TRUST_CONFIG=1)`;
async function hookCommand(argv) {
  const options = { config: { type: "string" }, "trust-config": { type: "boolean" }, help: { type: "boolean", short: "h" } };
  const { values, positionals } = parseCommandArgs("hook", argv, options, 4);
  if (values.help) {
    process.stdout.write(`${HOOK_USAGE}
`);
    return 0;
  }
  const [name, ...args] = positionals;
  if (name === void 0) throw new UsageError(`aiguard hook: the hook name is missing (expected ${Object.keys(HOOKS).join(", ")})`);
  const load = Object.hasOwn(HOOKS, name) ? HOOKS[name] : void 0;
  if (!load) throw new UsageError(`aiguard hook: unknown hook: ${name} (expected ${Object.keys(HOOKS).join(", ")})`);
  const configFile = values.config ?? (process.env.AIGUARD_CONFIG || void 0);
  return (await load())({ hook: name, args, configFile, trustConfig: values["trust-config"] === true, env: process.env });
}
export {
  HOOK_USAGE,
  hookCommand
};
