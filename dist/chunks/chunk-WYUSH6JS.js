import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/report/rule-text.ts
function ruleTextOf(rules, finding) {
  const known = rules && Object.hasOwn(rules, finding.ruleId) ? rules[finding.ruleId] : void 0;
  const { ruleId: id, tool, kind } = finding;
  return known ?? { id, tool, kind, description: id, why: "", fix: "", builtin: false };
}
function ruleTextFor(rule, builtin) {
  const { id, tool, kind, description, why, fix } = rule;
  return { id, tool, kind, description, why, fix, builtin };
}

export {
  ruleTextOf,
  ruleTextFor
};
