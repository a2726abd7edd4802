import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  parseCommandArgs
} from "./chunk-46SNDEJT.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import "./chunk-5JE5XEE3.js";

// src/commands/hook.ts
var HOOKS = {
  "pre-commit": async () => (await import("./pre-commit-7Y5URJZX.js")).preCommitHook,
  "commit-msg": async () => (await import("./commit-msg-HWM3OAPC.js")).commitMsgHook,
  "prepare-commit-msg": async () => (await import("./commit-msg-HWM3OAPC.js")).commitMsgHook,
  "pre-push": async () => (await import("./pre-push-3KQVEXU5.js")).prePushHook,
  "pre-receive": async () => (await import("./pre-receive-HNQ4TTQD.js")).preReceiveHook
};
var HOOK_USAGE = `Usage: aiguard hook <${Object.keys(HOOKS).join("|")}> [git's hook arguments] [--config F]
  pre-commit           the index (added paths and lines) and the environment of the commit
  commit-msg FILE      the commit message (strip mode with "message": {"onViolation": "strip"})
  prepare-commit-msg FILE [SOURCE [SHA]]   the same, earlier
  pre-push REMOTE URL  the commits new to the remote, from the update lines on stdin
  pre-receive          (server) the commits a push adds, from the update lines on stdin
  --config F           the policy file (default: AIGUARD_CONFIG, else the repository's config; for
                       pre-receive the config on the default branch, never one from the pushed commits)`;
async function hookCommand(argv) {
  const { values, positionals } = parseCommandArgs("hook", argv, { config: { type: "string" }, help: { type: "boolean", short: "h" } }, 4);
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
  return (await load())({ hook: name, args, configFile, env: process.env });
}
export {
  HOOK_USAGE,
  hookCommand
};
