#!/bin/sh
# aiguard's one hook runner (POSIX sh). hooks/<name>, and the native hooks `aiguard init` installs, are one-line stubs
# that source it; husky, lefthook and the pre-commit framework run it as `sh aiguard-runner.sh <hook> [git's args]`.
# It runs $AIGUARD, else the project's aiguard (node_modules, never one that git tracks), else the aiguard on PATH,
# else the aiguard package it belongs to; and it refuses the commit or push whenever aiguard gives no answer.

aiguard_hook=${0##*/}
aiguard_dir=${0%/*}
[ "$aiguard_dir" = "$0" ] && aiguard_dir=.
if [ "$aiguard_hook" = aiguard-runner.sh ]; then
  aiguard_hook=${1:-}
  [ $# -gt 0 ] && shift
fi
case $aiguard_hook in
  pre-push | pre-receive) aiguard_what=push ;;
  *) aiguard_what=commit ;;
esac
aiguard_refuse() {
  echo "aiguard: ${aiguard_hook:-the} hook: $1; $aiguard_what refused" >&2
  exit 1
}
[ -n "$aiguard_hook" ] || aiguard_refuse "no hook name (usage: sh aiguard-runner.sh <hook> [arguments])"

# GUI git clients start hooks with a minimal PATH: look for node where its installers put it.
if ! command -v node >/dev/null 2>&1; then
  for aiguard_path in "$HOME"/.nvm/versions/node/*/bin /usr/local/bin /opt/homebrew/bin "$HOME/.volta/bin" \
    "$HOME/.local/share/fnm/aliases/default/bin" "$HOME/.asdf/shims" "$HOME/.local/share/mise/shims" "$HOME/.nodenv/shims"; do
    case $aiguard_path in
      # nvm: the last version listed wins; after it, the first folder that has node.
      */.nvm/*) [ -x "$aiguard_path/node" ] && aiguard_node_dir=$aiguard_path ;;
      *)
        [ -n "${aiguard_node_dir:-}" ] && break
        [ -x "$aiguard_path/node" ] && aiguard_node_dir=$aiguard_path && break
        ;;
    esac
  done
  [ -n "${aiguard_node_dir:-}" ] && PATH=$PATH:$aiguard_node_dir && export PATH
fi

# The aiguard package this file ships in, as hooks/aiguard-runner.sh (the pre-commit framework's clone of it, or
# node_modules/aiguard/hooks); never for the copies init writes elsewhere.
aiguard_package=$aiguard_dir/..
aiguard_args=$#

if [ -n "${AIGUARD:-}" ]; then
  # A command, which may carry arguments: AIGUARD="node /opt/aiguard/dist/cli.js".
  set -- $AIGUARD hook "$aiguard_hook" "$@"
elif [ -e ./node_modules/aiguard/dist/cli.js ] || [ -e ./node_modules/.bin/aiguard ]; then
  # A checkout can carry its own node_modules: a program git tracks there is the repository's, not the user's.
  aiguard_tracked=$(git ls-files -- node_modules/aiguard node_modules/.bin/aiguard 2>/dev/null) ||
    aiguard_refuse "cannot ask git whether node_modules/aiguard is tracked"
  [ -z "$aiguard_tracked" ] ||
    aiguard_refuse "node_modules/aiguard is tracked by git, so it is not run (untrack it: git rm -r --cached node_modules)"
  if [ -f ./node_modules/aiguard/dist/cli.js ]; then
    set -- node ./node_modules/aiguard/dist/cli.js hook "$aiguard_hook" "$@"
  else
    set -- ./node_modules/.bin/aiguard hook "$aiguard_hook" "$@"
  fi
elif command -v aiguard >/dev/null 2>&1; then
  set -- aiguard hook "$aiguard_hook" "$@"
elif [ "${aiguard_dir##*/}" = hooks ] && [ -f "$aiguard_package/dist/cli.js" ] && [ -f "$aiguard_package/.pre-commit-hooks.yaml" ]; then
  set -- node "$aiguard_package/dist/cli.js" hook "$aiguard_hook" "$@"
else
  aiguard_refuse "cannot find aiguard (looked at \$AIGUARD, ./node_modules, PATH)"
fi
command -v "$1" >/dev/null 2>&1 || aiguard_refuse "cannot run $1 (is Node.js installed?)"

# Another hook that was there before aiguard (aiguard init keeps it as <hook>.before-aiguard) runs after a pass.
aiguard_chained=$aiguard_dir/$aiguard_hook.before-aiguard
[ "${0##*/}" = aiguard-runner.sh ] && aiguard_chained=
if [ -n "$aiguard_chained" ] && [ -x "$aiguard_chained" ]; then
  case $aiguard_hook in
    pre-push | pre-receive | post-receive | reference-transaction)
      # Both read the update lines on stdin: keep a copy for the second.
      aiguard_input=$(mktemp) || aiguard_refuse "cannot make a temporary file"
      trap 'rm -f "$aiguard_input"' EXIT
      cat >"$aiguard_input"
      "$@" <"$aiguard_input"
      aiguard_status=$?
      ;;
    *)
      "$@"
      aiguard_status=$?
      ;;
  esac
else
  "$@"
  aiguard_status=$?
fi
case $aiguard_status in
  0) ;;
  1) exit 1 ;;
  *) aiguard_refuse "aiguard could not check this $aiguard_what (exit $aiguard_status)" ;;
esac
if [ -n "$aiguard_chained" ] && [ -x "$aiguard_chained" ]; then
  shift $(($# - aiguard_args))
  if [ -n "${aiguard_input:-}" ]; then "$aiguard_chained" "$@" <"$aiguard_input"; else "$aiguard_chained" "$@"; fi
  exit $?
fi
exit 0
