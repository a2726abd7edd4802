import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  changedPathsBetween,
  changedPathsSince,
  pathsInRevision,
  showFile
} from "./chunk-R3WR3B7D.js";
import {
  makeFinding
} from "./chunk-ANK5ROIP.js";

// src/ci/policy-change.ts
var POLICY_CHANGED_RULE = "aiguard/policy-changed";
async function policyChangeFindings(repo, matchers, base, head, policyPaths) {
  if (!matchers.rules.has(POLICY_CHANGED_RULE)) return [];
  return findingsFor(repo, matchers, await changedPathsSince(repo, base, head, policyPaths), base, head);
}
async function branchPolicyChangeFindings(repo, matchers, before, after, policyPaths) {
  if (!matchers.rules.has(POLICY_CHANGED_RULE)) return [];
  const changed = after === void 0 ? [...await pathsInRevision(repo, before, policyPaths)] : await changedPathsBetween(repo, before, after, policyPaths);
  return findingsFor(repo, matchers, changed, before, after);
}
async function findingsFor(repo, matchers, changed, before, after) {
  const compiled = matchers.rules.get(POLICY_CHANGED_RULE);
  const findings = [];
  for (const path of changed) {
    if (path === "package.json" && !await aiguardKeyChanged(repo, before, after)) continue;
    findings.push(makeFinding(compiled, path, { path, field: "policy" }));
  }
  return findings;
}
async function aiguardKeyChanged(repo, before, after) {
  const [old, now] = await Promise.all([
    showFile(repo, before, "package.json"),
    after === void 0 ? void 0 : showFile(repo, after, "package.json")
  ]);
  return aiguardKey(old) !== aiguardKey(now);
}
function aiguardKey(text) {
  if (text === void 0) return "";
  try {
    return JSON.stringify(JSON.parse(text).aiguard ?? null);
  } catch {
    return `unparsable:${text.length}`;
  }
}

export {
  POLICY_CHANGED_RULE,
  policyChangeFindings,
  branchPolicyChangeFindings
};
