import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);

// src/init/hook-lines.ts
var INSTALLED_HOOKS = ["pre-commit", "commit-msg", "pre-push"];
function shellCall(hook, command = "aiguard") {
  return hook === "pre-commit" ? `${command} hook pre-commit` : `${command} hook ${hook} "$@"`;
}
function marksHook(text, hook) {
  return new RegExp(`(?:^|[\\s/])(?:aiguard|cli\\.js)\\s+hook\\s+${hook}\\b`, "m").test(text);
}

export {
  INSTALLED_HOOKS,
  shellCall,
  marksHook
};
