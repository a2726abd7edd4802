import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  displayText
} from "./chunk-VWGE2P5Z.js";
import {
  ruleTextOf
} from "./chunk-WYUSH6JS.js";

// src/report/report-place.ts
function placeOf(finding) {
  if (finding.path !== void 0) return { file: finding.path };
  if (finding.commit) {
    const field2 = finding.field ?? finding.kind;
    const name2 = `${finding.commit.slice(0, 12)} ${field2}`;
    return { logical: { name: name2, fullyQualifiedName: `commit/${finding.commit}/${field2}`, kind: "commit" } };
  }
  const field = finding.field ?? finding.kind;
  const owner = finding.kind === "branch" || field === "branch" ? "branch" : finding.kind === "environment" ? "environment" : "pull-request";
  const name = owner === "pull-request" ? `pull request ${field}` : owner;
  return { logical: { name, fullyQualifiedName: `${owner}/${field}`, kind: owner } };
}
function findingMessage(finding, rules) {
  const summary = finding.commitSummary ? ` (${finding.commitSummary})` : "";
  const where = finding.commit ? ` in commit ${finding.commit.slice(0, 12)}${summary}` : "";
  const field = finding.path === void 0 && finding.field ? ` [${finding.field}]` : "";
  return displayText(`${ruleTextOf(rules, finding).description}${where}${field}: ${finding.evidence}`);
}

export {
  placeOf,
  findingMessage
};
