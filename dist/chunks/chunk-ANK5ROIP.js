import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));

// src/detect/fingerprint.ts
import { createRequire } from "node:module";
var createHash;
function fingerprint(ruleId, path, evidence) {
  const normalisedEvidence = evidence.toLowerCase().replace(/\s+/g, " ").trim();
  const normalisedPath = (path ?? "").replace(/\\/g, "/").replace(/^\.\//, "");
  createHash ??= createRequire(import.meta.url)("node:crypto").createHash;
  return createHash("sha256").update(`${ruleId}\0${normalisedPath}\0${normalisedEvidence}`).digest("hex").slice(0, 32);
}

// src/detect/make-finding.ts
function makeFinding(compiled, evidence, place) {
  const { rule } = compiled;
  const finding = {
    ruleId: rule.id,
    tool: rule.tool,
    kind: rule.kind,
    severity: rule.severity,
    evidence,
    fingerprint: fingerprint(rule.id, place.path, evidence)
  };
  if (place.commit) {
    finding.commit = place.commit.id;
    finding.commitSummary = place.commit.summary;
    finding.commitDate = place.commit.date;
    if (place.commit.authorDate) finding.authorDate = place.commit.authorDate;
    finding.author = place.commit.author;
  }
  if (place.path !== void 0) finding.path = place.path;
  if (place.line !== void 0) finding.line = place.line;
  if (place.field !== void 0) finding.field = place.field;
  if (place.object !== void 0) finding.object = place.object;
  return finding;
}

export {
  makeFinding
};
