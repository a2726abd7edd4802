import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  child,
  items,
  keyLine,
  properties,
  valueOf
} from "./chunk-O5Y7URFI.js";
import {
  clip
} from "./chunk-CSXQDQ7B.js";

// src/detect/settings/hooks-object.ts
function hookIssues(doc, hooks, topic) {
  const issues = [];
  for (const [event, , groups] of properties(hooks)) {
    for (const group of items(groups)) {
      const matcher = valueOf(child(group, "matcher"));
      const where = typeof matcher === "string" && matcher !== "" ? `${event}(${matcher})` : event;
      for (const hook of items(child(group, "hooks"))) {
        const type = valueOf(child(hook, "type"));
        const command = child(hook, "command");
        const url = child(hook, "url");
        if (command && (type === void 0 || type === "command")) {
          issues.push({ topic, line: keyLine(doc, command), evidence: clip(`${where}: ${String(valueOf(command))}`) });
        } else if (url && type === "http") {
          issues.push({ topic, line: keyLine(doc, url), evidence: clip(`${where}: http ${String(valueOf(url))}`) });
        }
      }
    }
  }
  return issues;
}

export {
  hookIssues
};
