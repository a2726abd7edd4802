import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  isActive
} from "./chunk-V3ZTEXLP.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/policy/baseline.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
var COMMIT_BOUND = /* @__PURE__ */ new Set(["message", "identity"]);
var NEVER_RECORDED = /* @__PURE__ */ new Set(["environment", "branch", "pull-request"]);
function baselinePath(repoDir, setting) {
  return setting === false ? void 0 : resolve(repoDir, setting);
}
function baselineRepoPath(repoDir, setting) {
  const path = baselinePath(repoDir, setting);
  if (!path) return void 0;
  const inside = relative(repoDir, path).replace(/\\/g, "/");
  return inside.startsWith("../") || isAbsolute(inside) ? void 0 : inside;
}
function readBaseline(file, label = file) {
  if (!existsSync(file)) return void 0;
  return parseBaseline(readFileSync(file, "utf8"), label);
}
function parseBaseline(text, label) {
  const data = parseJson(text, label);
  if (data.version !== 2) {
    throw new UsageError(
      `${label}: baseline version ${String(data.version ?? 1)} is no longer read (it covered future commits too); rewrite it with aiguard baseline`
    );
  }
  return { version: 2, entries: checkEntries(data.entries, label) };
}
function readBaselineForUpdate(file, label) {
  if (!existsSync(file)) return {};
  const data = parseJson(readFileSync(file, "utf8"), label);
  if (data.version === 2) return { baseline: { version: 2, entries: checkEntries(data.entries, label) } };
  return { migratedFrom: typeof data.version === "number" ? data.version : 1 };
}
function parseJson(text, label) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: invalid JSON: ${error.message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new UsageError(`${label}: not a baseline object`);
  return data;
}
function checkEntries(entries, label) {
  if (!Array.isArray(entries)) throw new UsageError(`${label}: entries: must be a list`);
  entries.forEach((entry, index) => {
    const key = `${label}: entries[${index}]`;
    if (typeof entry?.rule !== "string") throw new UsageError(`${key}.rule: required`);
    for (const field of ["path", "evidence", "commit", "author", "authorDate", "patchId", "object"]) {
      if (entry[field] !== void 0 && typeof entry[field] !== "string") throw new UsageError(`${key}.${field}: must be a string`);
    }
    if (entry.path === void 0 && entry.authorDate === void 0 && entry.object === void 0)
      throw new UsageError(`${key}: needs a path, a commit's author and authorDate, or a tag's or note's object`);
    if (entry.object !== void 0 && entry.evidence === void 0) throw new UsageError(`${key}: an object entry needs evidence`);
    if (entry.authorDate !== void 0 && (entry.author === void 0 || entry.patchId === void 0 || entry.evidence === void 0)) {
      throw new UsageError(`${key}: a commit entry needs author, authorDate, patchId and evidence`);
    }
  });
  return entries;
}
function emailOf(identity) {
  const match = /<([^>]*)>\s*$/.exec(identity ?? "");
  return (match ? match[1] : identity ?? "").trim().toLowerCase();
}
function instant(date) {
  const time = Date.parse(date ?? "");
  return Number.isNaN(time) ? -1 : Math.floor(time / 1e3);
}
var normalise = (evidence) => (evidence ?? "").toLowerCase().replace(/\s+/g, " ").trim();
function keyOf(rule, kind, finding) {
  if (NEVER_RECORDED.has(kind)) return void 0;
  if (COMMIT_BOUND.has(kind)) {
    if (finding.authorDate) return `${rule}\0c\0${normalise(finding.evidence)}\0${emailOf(finding.author)}\0${instant(finding.authorDate)}`;
    return finding.object ? `${rule}\0o\0${finding.object}\0${normalise(finding.evidence)}` : void 0;
  }
  if (finding.path === void 0) return void 0;
  if (kind === "path") return `${rule}\0p\0${finding.path}`;
  return `${rule}\0t\0${finding.path}\0${normalise(finding.evidence)}`;
}
function entryKey(entry) {
  const bound = entry.authorDate !== void 0 || entry.object !== void 0;
  const kind = bound ? "message" : entry.evidence === void 0 ? "path" : "content";
  return keyOf(entry.rule, kind, entry);
}
function commitsToRecord(findings) {
  return [...new Set(findings.flatMap((finding) => finding.commit && COMMIT_BOUND.has(finding.kind) ? [finding.commit] : []))];
}
function commitsToIdentify(findings, baseline) {
  if (!baseline?.entries.some((entry) => entry.authorDate !== void 0)) return [];
  const keys = new Set(baseline.entries.filter((entry) => entry.authorDate !== void 0).map(entryKey));
  const commits = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const key = keyOf(finding.ruleId, finding.kind, finding);
    if (finding.commit && key && keys.has(key)) commits.add(finding.commit);
  }
  return [...commits];
}
function applyBaseline(findings, baseline, label, patchIds = /* @__PURE__ */ new Map()) {
  if (!baseline || baseline.entries.length === 0) return findings;
  const known = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries) {
    const key = entryKey(entry);
    if (!known.has(key)) known.set(key, /* @__PURE__ */ new Set());
    known.get(key).add(entry.patchId ?? "");
  }
  return findings.map((finding) => {
    if (!isActive(finding)) return finding;
    const key = keyOf(finding.ruleId, finding.kind, finding);
    const patches = key === void 0 ? void 0 : known.get(key);
    if (!patches) return finding;
    const onCommit = COMMIT_BOUND.has(finding.kind) && finding.authorDate !== void 0;
    if (onCommit && !(finding.commit && patches.has(patchIds.get(finding.commit) ?? ""))) return finding;
    return { ...finding, status: "baselined", note: `recorded in ${label}` };
  });
}
function updateBaseline(previous, findings, patchIds, prune) {
  const current = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const entry = entryFor(finding, patchIds);
    if (!entry) continue;
    const id = `${entryKey(entry)}\0${entry.patchId ?? ""}`;
    if (!current.has(id)) current.set(id, entry);
  }
  const kept = /* @__PURE__ */ new Map();
  let pruned = 0;
  for (const entry of previous?.entries ?? []) {
    const id = `${entryKey(entry)}\0${entry.patchId ?? ""}`;
    if (prune && !current.has(id)) pruned++;
    else kept.set(id, entry);
  }
  let added = 0;
  for (const [id, entry] of current) {
    if (kept.has(id)) continue;
    kept.set(id, entry);
    added++;
  }
  const order = (entry) => `${entry.rule}\0${entry.path ?? ""}\0${entry.authorDate ?? ""}\0${entry.object ?? ""}\0${entry.evidence ?? ""}\0${entry.patchId ?? ""}`;
  const entries = [...kept.values()].sort((a, b) => order(a).localeCompare(order(b)));
  return { baseline: { version: 2, entries }, added, pruned };
}
function entryFor(finding, patchIds) {
  if (keyOf(finding.ruleId, finding.kind, finding) === void 0) return void 0;
  if (COMMIT_BOUND.has(finding.kind) && !finding.authorDate)
    return { rule: finding.ruleId, evidence: finding.evidence, object: finding.object };
  if (COMMIT_BOUND.has(finding.kind)) {
    return {
      rule: finding.ruleId,
      evidence: finding.evidence,
      commit: finding.commit,
      author: emailOf(finding.author),
      authorDate: finding.authorDate,
      patchId: patchIds.get(finding.commit ?? "") ?? ""
    };
  }
  if (finding.kind === "path") return { rule: finding.ruleId, path: finding.path };
  return { rule: finding.ruleId, path: finding.path, evidence: finding.evidence };
}
function writeBaseline(file, baseline) {
  const description = "aiguard baseline: findings that existed when the policy was adopted. Commit entries cover only the commit they name (as rebase keeps it), object entries only the tag or note they name; path entries cover the path. Regenerate with aiguard baseline; drop stale entries with aiguard baseline --prune.";
  const text = `${JSON.stringify({ version: 2, description, entries: baseline.entries }, null, 2)}
`;
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`${file}: cannot write the baseline: ${error.code ?? error.message}`);
  }
}
function findingsToRecord(findings) {
  return findings.filter((finding) => isActive(finding) || finding.status === "grandfathered" || finding.status === "baselined");
}

export {
  baselinePath,
  baselineRepoPath,
  readBaseline,
  parseBaseline,
  readBaselineForUpdate,
  commitsToRecord,
  commitsToIdentify,
  applyBaseline,
  updateBaseline,
  writeBaseline,
  findingsToRecord
};
