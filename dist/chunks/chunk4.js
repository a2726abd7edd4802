import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { c as clip, H as HOOK_ACTION_KEYS } from './core.js';
import { p as properties, i as items, v as valueOf, c as child, k as keyLine } from './chunk5.js';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

// src/detect/settings/hooks-object.ts
function hookIssues(doc, hooks, issue = "hook-command", envIssue) {
  const issues = [];
  for (const [event, , groups] of properties(hooks)) {
    for (const group of items(groups)) {
      const matcher = valueOf(child(group, "matcher"));
      const where = typeof matcher === "string" && matcher !== "" ? `${event}(${matcher})` : event;
      for (const hook of items(child(group, "hooks"))) {
        if (hook.type !== "object") continue;
        const action = hookAction(hook);
        if (action) issues.push({ issue, line: keyLine(doc, action.node), evidence: clip(`${where}: ${action.text}`) });
        const exported = child(hook, "allowedEnvVars");
        if (envIssue && items(exported).length > 0) {
          issues.push({
            issue: envIssue,
            line: keyLine(doc, exported),
            evidence: clip(`${where}: allowedEnvVars ${JSON.stringify(valueOf(exported))}`)
          });
        }
      }
    }
  }
  return issues;
}
function hookAction(hook) {
  const typeNode = child(hook, "type");
  const type = valueOf(typeNode);
  if (type === void 0 || type === "command") {
    const command = child(hook, "command");
    return command ? { node: command, text: String(valueOf(command)) } : void 0;
  }
  const keys = typeof type === "string" && Object.hasOwn(HOOK_ACTION_KEYS, type) ? HOOK_ACTION_KEYS[type] : [];
  const parts = keys.map((key) => valueOf(child(hook, key))).filter((value) => value !== void 0).map(String);
  const first = keys.map((key) => child(hook, key)).find((node) => node !== void 0);
  if (type === "http") return first ? { node: first, text: `http ${parts.join(" ")}` } : void 0;
  return { node: first ?? typeNode, text: `${String(type)} ${parts.join("/")}`.trim() };
}

export { hookIssues as h };
