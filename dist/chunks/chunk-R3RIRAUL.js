import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  matchesPath,
  pathCandidates,
  pathKeyExpressionOf
} from "./chunk-2NXHPJH3.js";

// src/detect/settings/analysers.ts
var LOADERS = {
  "claude-settings": async () => (await import("./claude-settings-6J6XJON4.js")).analyseClaudeSettings,
  "mcp-json": async () => (await import("./mcp-json-M3UG66SK.js")).analyseMcpJson,
  frontmatter: async () => (await import("./frontmatter-GNXLC56N.js")).analyseFrontmatter,
  "plugin-hooks": async () => (await import("./plugin-hooks-HG6TDEYJ.js")).analysePluginHooks,
  "cursor-hooks": async () => (await import("./cursor-hooks-UZA44RKH.js")).analyseCursorHooks,
  "gemini-settings": async () => (await import("./gemini-settings-GM2WDCKT.js")).analyseGeminiSettings,
  "codex-config": async () => (await import("./codex-config-UIIDTHX7.js")).analyseCodexConfig,
  "vscode-settings": async () => (await import("./vscode-settings-V2R3644L.js")).analyseVscodeSettings,
  "claude-md-imports": async () => (await import("./claude-md-imports-V3KZSUTC.js")).analyseClaudeMdImports
};
var loaded = /* @__PURE__ */ new Map();
async function loadSettingsAnalysers(checks = Object.keys(LOADERS)) {
  const missing = [...new Set(checks)].filter((check) => !loaded.has(check) && Object.hasOwn(LOADERS, check));
  const analysers = await Promise.all(missing.map((check) => LOADERS[check]()));
  missing.forEach((check, index) => loaded.set(check, analysers[index]));
  return loaded;
}
function settingsAnalyser(check) {
  const analyse = loaded.get(check);
  if (!analyse && Object.hasOwn(LOADERS, check)) throw new Error(`settings analyser "${check}" not loaded: await loadSettingsAnalysers() first`);
  return analyse;
}

// src/detect/normalize-text.ts
var INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
var NON_ASCII = /[\u0080-\uFFFF]/;
function normalizeText(text) {
  const lf = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (!NON_ASCII.test(lf)) return lf;
  return lf.replace(INVISIBLE, "").normalize("NFKC");
}

// src/git/unquote-path.ts
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquotePath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes = [];
  const body = text.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// src/detect/added-lines.ts
var HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function* addedLines(diff) {
  let path = "";
  let removedLeft = 0;
  let addedLeft = 0;
  let nextLine = 0;
  let position = 0;
  while (position < diff.length) {
    let end = diff.indexOf("\n", position);
    if (end === -1) end = diff.length;
    const line = diff.slice(position, end);
    position = end + 1;
    if (removedLeft > 0 || addedLeft > 0) {
      const marker = line.charCodeAt(0);
      if (marker === 43 && addedLeft > 0) {
        addedLeft--;
        yield { path, line: nextLine++, text: line.slice(1) };
        continue;
      }
      if (marker === 45 && removedLeft > 0) {
        removedLeft--;
        continue;
      }
      if (marker === 92) continue;
      removedLeft = addedLeft = 0;
    }
    if (line.startsWith("+++ ")) {
      path = headerPath(line.slice(4));
    } else if (line.startsWith("@@ ")) {
      const hunk = HUNK.exec(line);
      if (!hunk) continue;
      removedLeft = hunk[1] === void 0 ? 1 : Number(hunk[1]);
      addedLeft = hunk[3] === void 0 ? 1 : Number(hunk[3]);
      nextLine = Number(hunk[2]);
    }
  }
}
function headerPath(raw) {
  const trimmed = raw.endsWith("	") ? raw.slice(0, -1) : raw;
  if (trimmed === "/dev/null") return "";
  const unquoted = unquotePath(trimmed);
  return unquoted.startsWith("b/") ? unquoted.slice(2) : unquoted;
}

// src/detect/fingerprint.ts
import { createRequire } from "node:module";
var createHash;
function fingerprint(ruleId, path, evidence) {
  const normalisedEvidence = evidence.toLowerCase().replace(/\s+/g, " ").trim();
  const normalisedPath = (path ?? "").replace(/\\/g, "/").replace(/^\.\//, "");
  createHash ??= createRequire(import.meta.url)("node:crypto").createHash;
  return createHash("sha256").update(`${ruleId}\0${normalisedPath}\0${normalisedEvidence}`).digest("hex").slice(0, 32);
}

// src/detect/detect-subject.ts
function detectSubject(matchers, subject, out) {
  switch (subject.type) {
    case "path":
      return detectPath(matchers, subject.path, subject.commit, out);
    case "message":
      return detectText(matchers, "message", subject.text, { commit: subject.commit, field: subject.file ? "message-file" : "message" }, out);
    case "identity":
      return detectIdentity(matchers, subject.role, subject.value, subject.commit, out);
    case "content":
      return detectLine(matchers, subject.text, { commit: subject.commit, path: subject.path, line: subject.line }, out);
    case "diff":
      return detectDiff(matchers, subject.diff, subject.commit, out);
    case "pull-request":
      detectText(matchers, "message", subject.text, { field: subject.field }, out);
      return detectText(matchers, "pull-request", subject.text, { field: subject.field }, out);
    case "branch":
      return detectText(matchers, "branch", subject.name, { field: "branch" }, out);
    case "environment":
      return detectText(matchers, "environment", `${subject.name}=${subject.value}`, { field: "environment" }, out);
    case "settings":
      return detectSettings(matchers, subject, out);
  }
}
function detectPath(matchers, path, commit, out) {
  for (const compiled of pathCandidates(matchers, path)) {
    if (compiled.rule.kind !== "path") continue;
    if (matchesPath(compiled, path)) out.push(makeFinding(compiled, path, { commit, path }));
  }
}
function detectIdentity(matchers, role, value, commit, out) {
  const text = normalizeText(value);
  if (!passes(matchers, "identity", text)) return;
  for (const compiled of matchers.byKind.get("identity") ?? []) {
    const field = compiled.rule.field ?? "any";
    if (field !== "any" && field !== role) continue;
    if (!compiled.regex || !hasKeyword(compiled, text)) continue;
    compiled.regex.lastIndex = 0;
    if (compiled.regex.test(text)) out.push(makeFinding(compiled, text, { commit, field: role }));
  }
}
function detectText(matchers, kind, raw, place, out) {
  const text = normalizeText(raw);
  if (!passes(matchers, kind, text)) return;
  const lower = text.toLowerCase();
  for (const compiled of matchers.byKind.get(kind) ?? []) {
    if (!compiled.regex || !hasKeyword(compiled, lower, true)) continue;
    const seen = /* @__PURE__ */ new Set();
    for (const match of text.matchAll(compiled.regex)) {
      const { evidence, line } = lineOf(text, match.index ?? 0, match[0]);
      if (seen.has(evidence)) continue;
      seen.add(evidence);
      out.push(makeFinding(compiled, evidence, { ...place, line }));
    }
  }
}
function detectLine(matchers, raw, place, out) {
  const text = normalizeText(raw);
  if (!passes(matchers, "content", text)) return;
  const lower = text.toLowerCase();
  for (const compiled of matchers.byKind.get("content") ?? []) {
    if (!compiled.regex || !hasKeyword(compiled, lower, true)) continue;
    if (compiled.pathRegexes.length > 0 && !matchesPath(compiled, place.path ?? "")) continue;
    compiled.regex.lastIndex = 0;
    const match = compiled.regex.exec(text);
    if (match) out.push(makeFinding(compiled, text.trim().slice(0, 300), place));
  }
}
function detectDiff(matchers, diff, commit, out) {
  if (!passes(matchers, "content", diff)) return;
  for (const added of addedLines(diff)) detectLine(matchers, added.text, { commit, path: added.path, line: added.line }, out);
}
function passes(matchers, kind, text) {
  if (!matchers.byKind.has(kind)) return false;
  const prefilter = matchers.prefilter.get(kind);
  return prefilter ? prefilter.test(text) : true;
}
function hasKeyword(compiled, text, lowered = false) {
  if (compiled.keywords.length === 0) return true;
  const haystack = lowered ? text : text.toLowerCase();
  return compiled.keywords.some((keyword) => haystack.includes(keyword));
}
function lineOf(text, index, matched) {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const newline = text.indexOf("\n", index + Math.max(matched.length - 1, 0));
  const end = newline === -1 ? text.length : newline;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < start; i = text.indexOf("\n", i + 1)) line++;
  const evidence = matched.includes("\n") ? matched.trim() : text.slice(start, end).trim();
  return { evidence: evidence.slice(0, 300), line };
}
function makeFinding(compiled, evidence, place) {
  const { rule } = compiled;
  const finding = {
    ruleId: rule.id,
    tool: rule.tool,
    kind: rule.kind,
    severity: rule.severity,
    evidence,
    fingerprint: fingerprint(rule.id, place.path, evidence),
    description: rule.description,
    fix: rule.fix
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
  return finding;
}

// src/detect/settings/detect-settings.ts
function settingsRulesFor(matchers, path) {
  if (!matchers.byKind.has("settings")) return [];
  const rules = [];
  for (const compiled of pathCandidates(matchers, path)) {
    if (compiled.rule.kind === "settings" && compiled.rule.check !== "external" && matchesPath(compiled, path)) rules.push(compiled);
  }
  return rules;
}
function settingsTextWanted(matchers) {
  const analysed = (compiled) => compiled.rule.kind === "settings" && compiled.rule.check !== "external";
  if (!(matchers.byKind.get("settings") ?? []).some(analysed)) return () => false;
  if (matchers.pathAlways.some(analysed)) return (path) => settingsRulesFor(matchers, path).length > 0;
  const keys = pathKeyExpressionOf(matchers, analysed);
  return (path) => keys.test(path) && settingsRulesFor(matchers, path).length > 0;
}
function settingsChecksFor(matchers, subjects) {
  const checks = /* @__PURE__ */ new Set();
  for (const subject of subjects) {
    if (subject.type !== "settings" || subject.path === void 0) continue;
    for (const compiled of settingsRulesFor(matchers, subject.path)) checks.add(compiled.rule.check ?? "");
  }
  return checks;
}
function detectSettings(matchers, subject, out) {
  const rules = settingsRulesFor(matchers, subject.path);
  if (rules.length === 0) return;
  const checks = new Set(rules.map((compiled) => compiled.rule.check ?? ""));
  for (const check of checks) {
    const analyse = settingsAnalyser(check);
    if (!analyse) throw new Error(`unknown settings check "${check}" (rule ${rules.find((compiled) => compiled.rule.check === check)?.rule.id})`);
    for (const issue of safely(analyse, subject.text, subject.path)) {
      for (const compiled of rules) {
        if (compiled.rule.check !== check || !endsWithTopic(compiled.rule.id, issue.topic)) continue;
        out.push(makeFinding(compiled, issue.evidence, { commit: subject.commit, path: subject.path, line: issue.line, field: "settings" }));
      }
    }
  }
}
function safely(analyse, text, path) {
  try {
    return analyse(text, path);
  } catch (error) {
    return [{ topic: "unparsable", line: 1, evidence: `cannot analyse: ${error.message.split("\n")[0] ?? ""}`.slice(0, 200) }];
  }
}
function endsWithTopic(id, topic) {
  const name = id.slice(id.indexOf("/") + 1);
  return name === topic || name.endsWith(`-${topic}`);
}

export {
  loadSettingsAnalysers,
  settingsTextWanted,
  settingsChecksFor,
  detectSubject,
  makeFinding
};
