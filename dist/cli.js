#!/usr/bin/env node
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { U as UsageError } from './chunks/core.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/cli.ts
var COMMANDS = {
  scan: async () => (await import('./chunks/core.js').then(function (n) { return n.m; })).scanCommand,
  rules: async () => (await import('./chunks/core.js').then(function (n) { return n.o; })).rulesCommand,
  explain: async () => (await import('./chunks/core.js').then(function (n) { return n.p; })).explainCommand,
  baseline: async () => (await import('./chunks/core.js').then(function (n) { return n.q; })).baselineCommand,
  config: async () => (await import('./chunks/core.js').then(function (n) { return n.t; })).configCommand,
  hook: async () => (await import('./chunks/core.js').then(function (n) { return n.u; })).hookCommand,
  "fix-message": async () => (await import('./chunks/core.js').then(function (n) { return n.w; })).fixMessageCommand,
  init: async () => (await import('./chunks/core.js').then(function (n) { return n.x; })).initCommand,
  uninstall: async () => (await import('./chunks/core.js').then(function (n) { return n.y; })).uninstallCommand,
  ci: async () => (await import('./chunks/core.js').then(function (n) { return n.z; })).ciCommand,
  audit: async () => (await import('./chunks/core.js').then(function (n) { return n.A; })).auditCommand,
  export: async () => (await import('./chunks/core.js').then(function (n) { return n.D; })).exportCommand
};
var USAGE = `Usage: aiguard <command> [options]
Commands:
  scan [PATH]         scan a repository's tree, index, message file or history
  rules               list the rules and their level under the current policy
  explain ID          what a rule finds, why it matters and how to fix it
  baseline [PATH]     record today's findings so that only new ones fail (--prune drops stale entries)
  config print        the resolved policy and where each value came from
  hook NAME [ARGS]    run as a git hook: pre-commit, commit-msg, prepare-commit-msg, pre-push, pre-receive
  fix-message FILE    remove AI trailers and markers from a commit message file
  init                install the hooks (husky, lefthook, pre-commit framework or native hooks)
  uninstall           remove exactly what init installed
  ci                  scan what a pull request or push brings, as the CI's environment describes it
  audit [REPO...]     many repositories into an SQLite store (incremental, shards, merge, HTML report)
  export TARGET       the platform-enforceable part of the policy: github-ruleset or gitlab-push-rules
Run aiguard help <command> (or aiguard <command> --help) for a command's options.`;
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === "help" && rest.length > 0 && rest[0] !== "help") {
    if (rest.length > 1) throw new UsageError(`aiguard help: unexpected argument: ${rest[1]}`);
    return (await commandNamed(rest[0]))(["--help"]);
  }
  if (name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (name === void 0) {
    process.stdout.write(`${USAGE}
`);
    throw new UsageError(`missing command (expected ${Object.keys(COMMANDS).join(", ")})`);
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${(await import('./chunks/core.js').then(function (n) { return n.F; })).VERSION}
`);
    return 0;
  }
  return (await commandNamed(name))(rest);
}
async function commandNamed(name) {
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!load) throw new UsageError(`unknown command: ${name} (expected ${Object.keys(COMMANDS).join(", ")})`);
  return load();
}
async function errorLine(text) {
  const { displayText } = await import('./chunks/core.js').then(function (n) { return n.I; });
  return displayText(text);
}
async function errorLines(text) {
  const { displayText, guardLines } = await import('./chunks/core.js').then(function (n) { return n.I; });
  return guardLines(text.split("\n").map(displayText).join("\n"));
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.exitCode = 2;
    if (error instanceof UsageError) return errorLine(error.message).then((line) => void process.stderr.write(`aiguard: ${line}
`));
    const stack = error?.stack ?? String(error);
    return errorLines(stack).then((lines) => void process.stderr.write(`aiguard: internal error: ${lines}
`));
  }
);

export { main };
