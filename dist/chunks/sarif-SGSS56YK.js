import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  codeSpan
} from "./chunk-2COWJJK2.js";
import {
  findingMessage,
  placeOf
} from "./chunk-F5MBFLJM.js";
import {
  VERSION
} from "./chunk-YQBQN4G5.js";
import {
  fixFor,
  ruleFix
} from "./chunk-ZN6I7QMI.js";
import {
  displayText,
  safeJson
} from "./chunk-VWGE2P5Z.js";
import {
  ruleTextOf
} from "./chunk-WYUSH6JS.js";
import "./chunk-LOBCSSTG.js";

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/report/project-url.ts
var PROJECT_URL = "https://github.com/OWNER/aiguard";

// src/report/sarif.ts
var LEVEL = { block: "error", warn: "warning", info: "note" };
var SECURITY_SEVERITY = { block: "8.0", warn: "5.0", info: "2.0" };
var SEVERITY_RANK = { info: 0, warn: 1, block: 2 };
var SUPPRESSED = /* @__PURE__ */ new Set(["allowed", "baselined", "grandfathered"]);
var ANCHOR_DIR = ".aiguard";
function formatSarif(report, context) {
  const ruleIds = [...new Set(report.findings.map((finding) => finding.ruleId))];
  const rules = ruleIds.map(
    (id) => driverRule(
      report.rules,
      report.findings.filter((finding) => finding.ruleId === id)
    )
  );
  const results = report.findings.map((finding) => result(finding, report.rules, ruleIds.indexOf(finding.ruleId), context?.rootCommits));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "aiguard", semanticVersion: VERSION, informationUri: PROJECT_URL, rules } },
        results,
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  return `${safeJson(JSON.stringify(log, null, 2))}
`;
}
function driverRule(rules, findings) {
  const id = findings[0].ruleId;
  const rule = ruleTextOf(rules, findings[0]);
  const { description, why, tool, kind, builtin } = rule;
  const paths = [...new Set(findings.map((finding) => finding.path))];
  const fix = ruleFix(rule.fix, paths.length === 1 ? paths[0] : void 0);
  const severity = findings.map((finding) => finding.severity).reduce((a, b) => SEVERITY_RANK[b] > SEVERITY_RANK[a] ? b : a);
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_, next) => (next ?? "").toUpperCase()),
    shortDescription: { text: description },
    fullDescription: { text: why || description },
    helpUri: helpUri(id, tool, builtin),
    help: {
      text: `${why ? `${why}

` : ""}Fix: ${fix}`,
      markdown: `${why ? `${why}

` : ""}**Fix:** ${codeSpan(fix)}`
    },
    defaultConfiguration: { level: LEVEL[severity] ?? "warning" },
    properties: {
      tags: ["security", "ai-tool", tool],
      tool,
      kind,
      "security-severity": SECURITY_SEVERITY[severity] ?? "2.0"
    }
  };
}
function result(finding, rules, ruleIndex, rootCommits) {
  const place = placeOf(finding);
  const region = { startLine: finding.line && finding.line > 0 ? finding.line : 1 };
  const location = place.file !== void 0 ? { physicalLocation: { artifactLocation: { uri: encodePath(place.file) }, region } } : {
    physicalLocation: { artifactLocation: { uri: encodePath(anchorPath(finding, place.logical)) }, region },
    logicalLocations: [place.logical]
  };
  const { status, tool, kind, evidence } = finding;
  const properties = { status, tool, kind, evidence };
  if (finding.commit) properties.commit = finding.commit;
  if (finding.author) properties.author = finding.author;
  if (finding.note) properties.note = finding.note;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity] ?? "warning",
    message: { text: `${findingMessage(finding, rules)}
Fix: ${displayText(fixFor(finding, rules, rootCommits))}` },
    locations: [location],
    partialFingerprints: fingerprints(finding),
    ...SUPPRESSED.has(status) ? { suppressions: [{ kind: "external", status: "accepted", justification: finding.note ?? status }] } : {},
    properties
  };
}
function anchorPath(finding, logical) {
  if (logical.kind === "commit") return `${ANCHOR_DIR}/commit/${finding.field ?? finding.kind}`;
  return logical.kind === "pull-request" ? `${ANCHOR_DIR}/${logical.fullyQualifiedName}` : `${ANCHOR_DIR}/${logical.kind}`;
}
function fingerprints(finding) {
  const own = { "aiguardFingerprint/v1": finding.fingerprint };
  if (!finding.commit) return own;
  const identity = [finding.fingerprint, finding.author ?? "", finding.authorDate ?? "", finding.commitSummary ?? ""];
  const perCommit = createHash("sha256").update(identity.join("\0")).digest("hex");
  return { ...own, primaryLocationLineHash: `${perCommit.slice(0, 16)}:1` };
}
function helpUri(id, tool, builtin) {
  if (builtin) return `${PROJECT_URL}/blob/main/rules/${encodeURIComponent(tool)}.yml`;
  return `${PROJECT_URL}/blob/main/docs/policy.md#${encodeURIComponent(id)}`;
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
export {
  formatSarif
};
