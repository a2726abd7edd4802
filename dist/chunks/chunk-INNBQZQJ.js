import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/assets/hook-runner.ts
function hookRunnerText() {
  return '#!/bin/sh\n# aiguard\'s one hook runner (POSIX sh). hooks/<name>, and the native hooks `aiguard init` installs, are one-line stubs\n# that source it; husky, lefthook and the pre-commit framework run it as `sh aiguard-runner.sh <hook> [git\'s args]`.\n# It runs $AIGUARD, else the project\'s aiguard (node_modules, never one that git tracks), else the aiguard on PATH,\n# else the aiguard package it belongs to; and it refuses the commit or push whenever aiguard gives no answer.\n\naiguard_hook=${0##*/}\naiguard_dir=${0%/*}\n[ "$aiguard_dir" = "$0" ] && aiguard_dir=.\nif [ "$aiguard_hook" = aiguard-runner.sh ]; then\n  aiguard_hook=${1:-}\n  [ $# -gt 0 ] && shift\nfi\ncase $aiguard_hook in\n  pre-push | pre-receive) aiguard_what=push ;;\n  *) aiguard_what=commit ;;\nesac\naiguard_refuse() {\n  echo "aiguard: ${aiguard_hook:-the} hook: $1; $aiguard_what refused" >&2\n  exit 1\n}\n[ -n "$aiguard_hook" ] || aiguard_refuse "no hook name (usage: sh aiguard-runner.sh <hook> [arguments])"\n\n# GUI git clients start hooks with a minimal PATH: look for node where its installers put it.\nif ! command -v node >/dev/null 2>&1; then\n  for aiguard_path in "$HOME"/.nvm/versions/node/*/bin /usr/local/bin /opt/homebrew/bin "$HOME/.volta/bin" \\\n    "$HOME/.local/share/fnm/aliases/default/bin" "$HOME/.asdf/shims" "$HOME/.local/share/mise/shims" "$HOME/.nodenv/shims"; do\n    case $aiguard_path in\n      # nvm: the last version listed wins; after it, the first folder that has node.\n      */.nvm/*) [ -x "$aiguard_path/node" ] && aiguard_node_dir=$aiguard_path ;;\n      *)\n        [ -n "${aiguard_node_dir:-}" ] && break\n        [ -x "$aiguard_path/node" ] && aiguard_node_dir=$aiguard_path && break\n        ;;\n    esac\n  done\n  [ -n "${aiguard_node_dir:-}" ] && PATH=$PATH:$aiguard_node_dir && export PATH\nfi\n\n# The aiguard package this file ships in, as hooks/aiguard-runner.sh (the pre-commit framework\'s clone of it, or\n# node_modules/aiguard/hooks); never for the copies init writes elsewhere.\naiguard_package=$aiguard_dir/..\naiguard_args=$#\n\nif [ -n "${AIGUARD:-}" ]; then\n  # A command, which may carry arguments: AIGUARD="node /opt/aiguard/dist/cli.js".\n  set -- $AIGUARD hook "$aiguard_hook" "$@"\nelif [ -e ./node_modules/aiguard/dist/cli.js ] || [ -e ./node_modules/.bin/aiguard ]; then\n  # A checkout can carry its own node_modules: a program git tracks there is the repository\'s, not the user\'s.\n  aiguard_tracked=$(git ls-files -- node_modules/aiguard node_modules/.bin/aiguard 2>/dev/null) ||\n    aiguard_refuse "cannot ask git whether node_modules/aiguard is tracked"\n  [ -z "$aiguard_tracked" ] ||\n    aiguard_refuse "node_modules/aiguard is tracked by git, so it is not run (untrack it: git rm -r --cached node_modules)"\n  if [ -f ./node_modules/aiguard/dist/cli.js ]; then\n    set -- node ./node_modules/aiguard/dist/cli.js hook "$aiguard_hook" "$@"\n  else\n    set -- ./node_modules/.bin/aiguard hook "$aiguard_hook" "$@"\n  fi\nelif command -v aiguard >/dev/null 2>&1; then\n  set -- aiguard hook "$aiguard_hook" "$@"\nelif [ "${aiguard_dir##*/}" = hooks ] && [ -f "$aiguard_package/dist/cli.js" ] && [ -f "$aiguard_package/.pre-commit-hooks.yaml" ]; then\n  set -- node "$aiguard_package/dist/cli.js" hook "$aiguard_hook" "$@"\nelse\n  aiguard_refuse "cannot find aiguard (looked at \\$AIGUARD, ./node_modules, PATH)"\nfi\ncommand -v "$1" >/dev/null 2>&1 || aiguard_refuse "cannot run $1 (is Node.js installed?)"\n\n# Another hook that was there before aiguard (aiguard init keeps it as <hook>.before-aiguard) runs after a pass.\naiguard_chained=$aiguard_dir/$aiguard_hook.before-aiguard\n[ "${0##*/}" = aiguard-runner.sh ] && aiguard_chained=\nif [ -n "$aiguard_chained" ] && [ -x "$aiguard_chained" ]; then\n  case $aiguard_hook in\n    pre-push | pre-receive | post-receive | reference-transaction)\n      # Both read the update lines on stdin: keep a copy for the second.\n      aiguard_input=$(mktemp) || aiguard_refuse "cannot make a temporary file"\n      trap \'rm -f "$aiguard_input"\' EXIT\n      cat >"$aiguard_input"\n      "$@" <"$aiguard_input"\n      aiguard_status=$?\n      ;;\n    *)\n      "$@"\n      aiguard_status=$?\n      ;;\n  esac\nelse\n  "$@"\n  aiguard_status=$?\nfi\ncase $aiguard_status in\n  0) ;;\n  1) exit 1 ;;\n  *) aiguard_refuse "aiguard could not check this $aiguard_what (exit $aiguard_status)" ;;\nesac\nif [ -n "$aiguard_chained" ] && [ -x "$aiguard_chained" ]; then\n  shift $(($# - aiguard_args))\n  if [ -n "${aiguard_input:-}" ]; then "$aiguard_chained" "$@" <"$aiguard_input"; else "$aiguard_chained" "$@"; fi\n  exit $?\nfi\nexit 0\n';
}

// src/init/hook-lines.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var INSTALLED_HOOKS = ["pre-commit", "commit-msg", "pre-push"];
var RUNNER_PATH = ".aiguard/aiguard-runner.sh";
var RUNNER_NAME = "aiguard-runner.sh";
function runnerCommand(hook) {
  return `sh ${RUNNER_PATH} ${hook}`;
}
function shellCall(hook) {
  return hook === "pre-commit" ? runnerCommand(hook) : `${runnerCommand(hook)} "$@"`;
}
function marksHook(text, hook) {
  return new RegExp(`(?:^|[\\s/])(?:(?:aiguard|cli\\.js)\\s+hook|aiguard-runner\\.sh)\\s+${hook}\\b`, "m").test(text);
}
function runnerFileChange(root) {
  const path = join(root, RUNNER_PATH);
  const text = hookRunnerText();
  if (existsSync(path) && readFileSync(path, "utf8") === text) return [];
  return [{ type: "file", path, content: text, executable: true, summary: "the aiguard hook runner (commit it with the hook config)" }];
}
function runnerFileRemoval(root) {
  const path = join(root, RUNNER_PATH);
  return existsSync(path) ? [{ type: "remove", path, removeEmptyParent: true, summary: "remove the aiguard hook runner" }] : [];
}

export {
  hookRunnerText,
  INSTALLED_HOOKS,
  RUNNER_NAME,
  runnerCommand,
  shellCall,
  marksHook,
  runnerFileChange,
  runnerFileRemoval
};
