import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  applyLevels
} from "./chunk-CA2JELLG.js";
import {
  makeFinding
} from "./chunk-ANK5ROIP.js";
import {
  ASCII_FOLDS_SOURCE
} from "./chunk-TL4CNQY2.js";
import {
  addTime,
  clock,
  profiling
} from "./chunk-WSULOSY3.js";
import {
  parseIsoDate
} from "./chunk-HJVOMFK7.js";
import {
  checkPolicyIds,
  resolvePolicy
} from "./chunk-N6WKSYDH.js";
import {
  builtinRules
} from "./chunk-Y26MC6NA.js";
import {
  applyBaseline,
  baselineRepoPath
} from "./chunk-CPVVM4UP.js";
import {
  isActive
} from "./chunk-V3ZTEXLP.js";
import {
  buildReport
} from "./chunk-ZN6I7QMI.js";
import {
  ruleTextFor
} from "./chunk-WYUSH6JS.js";
import {
  compileRules,
  keywordHits,
  linearPattern,
  loadLinearEngine,
  matchesPath,
  pathCandidates,
  pathKeyExpressionOf,
  regexFlags,
  setGlobCompiler
} from "./chunk-QAPCKFJT.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/detect/normalize-text.ts
var INVISIBLE = /[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB]/gu;
var NON_ASCII = /[\u0080-\uFFFF]/;
function normalizeText(text) {
  const lf = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (!NON_ASCII.test(lf)) return lf;
  return lf.replace(INVISIBLE, "").normalize("NFKC").replace(INVISIBLE, "");
}
var SPACE_RUN = /[ \t]{2,}|\t/;
function collapseSpaces(text) {
  return SPACE_RUN.test(text) ? text.replace(/[ \t]+/g, " ") : text;
}

// src/detect/message-forms.ts
var TRAILER_START = /^[ \t>*-]*[A-Za-z0-9][A-Za-z0-9-]*[ \t]*:/;
var LITERAL_NEWLINE = /\\r\\n|\\n/;
var NEEDS_WORK = /\\n|\n[ \t]|[ \t]{2,}|\t/;
function messageForms(text) {
  const logical = NEEDS_WORK.test(text) ? logicalForm(text) : plainForm(text);
  const reflowed = reflowedForm(logical);
  return reflowed ? [logical, reflowed] : [logical];
}
function plainForm(text) {
  return { text, reflowed: false };
}
function lineTable(form) {
  if (!form.starts || !form.sourceLines) {
    const starts = [0];
    for (let index = form.text.indexOf("\n"); index !== -1; index = form.text.indexOf("\n", index + 1)) starts.push(index + 1);
    form.starts = starts;
    form.sourceLines = starts.map((_, index) => index + 1);
  }
  return { starts: form.starts, sourceLines: form.sourceLines };
}
function logicalForm(text) {
  const lines = [];
  const sourceLines = [];
  const indents = [];
  const trailers = [];
  text.split("\n").forEach((raw, index) => {
    const parts = raw.includes("\\") && LITERAL_NEWLINE.test(raw) ? raw.split(/\\r\\n|\\n/) : [raw];
    for (const part of parts) {
      const indent = part.length - part.trimStart().length;
      const last = lines.length - 1;
      if (last >= 0 && indent > 0 && indent < part.length && indent > indents[last] && trailers[last]) {
        lines[last].push(part.trim());
        continue;
      }
      lines.push([part]);
      sourceLines.push(index + 1);
      indents.push(indent);
      trailers.push(TRAILER_START.test(part));
    }
  });
  const joined = (pieces) => pieces.length === 1 ? pieces[0] : [pieces[0].trimEnd(), ...pieces.slice(1)].join(" ");
  const collapsed = lines.map((pieces) => collapseSpaces(joined(pieces)));
  const starts = [];
  let offset = 0;
  for (const line of collapsed) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return { text: collapsed.join("\n"), starts, sourceLines, reflowed: false };
}
function reflowedForm(logical) {
  const { text } = logical;
  if (!/[^\n]\n[^\n]/.test(text)) return void 0;
  const table = lineTable(logical);
  const lines = text.split("\n");
  const out = [];
  const starts = [];
  const sourceLines = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const joins = index > 0 && line.trim() !== "" && lines[index - 1].trim() !== "";
    const piece = joins ? ` ${line.trimStart()}` : `${index > 0 ? "\n" : ""}${line}`;
    starts.push(offset + (piece.length - (joins ? line.trimStart().length : line.length)));
    sourceLines.push(table.sourceLines[index]);
    out.push(piece);
    offset += piece.length;
  });
  return { text: out.join(""), starts, sourceLines, reflowed: true };
}
function formLineAt(form, offset) {
  const { starts } = lineTable(form);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
function formLine(form, index) {
  const { starts, sourceLines } = lineTable(form);
  const next = starts[index + 1];
  const end = next === void 0 ? form.text.length : next - 1;
  return { text: form.text.slice(starts[index], end), sourceLine: sourceLines[index] };
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

// src/git/added-lines.ts
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

// src/detect/settings/analysers.ts
var LOADERS = {
  "claude-settings": async () => (await import("./claude-settings-TZWQ4DCM.js")).analyseClaudeSettings,
  "mcp-json": async () => (await import("./mcp-json-WTG2Z3MF.js")).analyseMcpJson,
  frontmatter: async () => (await import("./frontmatter-TLIUAHYC.js")).analyseFrontmatter,
  "plugin-hooks": async () => (await import("./plugin-hooks-ENTLOHGY.js")).analysePluginHooks,
  "claude-plugin": async () => (await import("./claude-plugin-JGNBF627.js")).analyseClaudePlugin,
  "claude-launch": async () => (await import("./claude-launch-XKHFRQPS.js")).analyseClaudeLaunch,
  "cursor-hooks": async () => (await import("./cursor-hooks-DWZRAZBY.js")).analyseCursorHooks,
  "copilot-hooks": async () => (await import("./copilot-hooks-7QSANUKX.js")).analyseCopilotHooks,
  "gemini-settings": async () => (await import("./gemini-settings-GOSBQEM5.js")).analyseGeminiSettings,
  "codex-config": async () => (await import("./codex-config-FEQHNLRV.js")).analyseCodexConfig,
  "vscode-settings": async () => (await import("./vscode-settings-6GAWHL7M.js")).analyseVscodeSettings,
  "claude-md-imports": async () => (await import("./claude-md-imports-HWOTEAYV.js")).analyseClaudeMdImports,
  workflow: async () => (await import("./workflow-3QHMZ4ME.js")).analyseWorkflow
};
var loaded = /* @__PURE__ */ new Map();
async function loadSettingsAnalysers(names = Object.keys(LOADERS)) {
  const missing = [...new Set(names)].filter((name) => !loaded.has(name) && Object.hasOwn(LOADERS, name));
  const analysers = await Promise.all(missing.map((name) => LOADERS[name]()));
  missing.forEach((name, index) => loaded.set(name, analysers[index]));
  return loaded;
}
function settingsAnalyser(name) {
  const analyse = loaded.get(name);
  if (!analyse && Object.hasOwn(LOADERS, name)) {
    throw new Error(`settings analyser "${name}" not loaded: await loadSettingsAnalysers() first`);
  }
  return analyse;
}

// src/detect/settings/detect-settings.ts
var analysed = (compiled) => compiled.rule.kind === "settings" && compiled.rule.analyser !== void 0;
function settingsRulesFor(matchers, path) {
  if (!matchers.byKind.has("settings")) return [];
  const rules = [];
  for (const compiled of pathCandidates(matchers, path)) {
    if (analysed(compiled) && matchesPath(compiled, path)) rules.push(compiled);
  }
  return rules;
}
function settingsTextWanted(matchers) {
  if (!(matchers.byKind.get("settings") ?? []).some(analysed)) return () => false;
  if (matchers.pathAlways.some(analysed)) return (path) => settingsRulesFor(matchers, path).length > 0;
  const keys = pathKeyExpressionOf(matchers, analysed);
  return (path) => keys.test(path) && settingsRulesFor(matchers, path).length > 0;
}
function settingsChecksFor(matchers, subjects) {
  const checks = /* @__PURE__ */ new Set();
  for (const subject of subjects) {
    if (subject.type !== "settings" || subject.path === void 0) continue;
    for (const compiled of settingsRulesFor(matchers, subject.path)) checks.add(compiled.rule.analyser);
  }
  return checks;
}
function detectSettings(matchers, subject, out) {
  const rules = settingsRulesFor(matchers, subject.path);
  if (rules.length === 0) return;
  for (const name of new Set(rules.map((compiled) => compiled.rule.analyser))) {
    const analyse = settingsAnalyser(name);
    const ruleId = rules.find((compiled) => compiled.rule.analyser === name)?.rule.id;
    if (!analyse) throw new Error(`unknown settings analyser "${name}" (rule ${ruleId})`);
    for (const issue of safely(analyse, subject.text, subject.path)) {
      for (const compiled of rules) {
        if (compiled.rule.analyser !== name || compiled.rule.issue !== issue.issue) continue;
        if (issue.tool !== void 0 && compiled.rule.tool !== issue.tool) continue;
        const place = { commit: subject.commit, path: subject.path, line: issue.line, field: "settings" };
        out.push(makeFinding(compiled, issue.evidence, place));
      }
    }
  }
}
function safely(analyse, text, path) {
  try {
    return analyse(text, path);
  } catch (error) {
    return [{ issue: "unparsable", line: 1, evidence: `cannot analyse: ${error.message.split("\n")[0] ?? ""}`.slice(0, 200) }];
  }
}

// src/detect/detect-subject.ts
function detectSubject(matchers, subject, out) {
  switch (subject.type) {
    case "path":
      return detectPath(matchers, subject.path, subject.commit, out);
    case "message":
      return detectText(matchers, "message", subject.text, messagePlace(subject), out);
    case "identity":
      return detectIdentity(
        matchers,
        subject.role,
        subject.value,
        { commit: subject.commit, field: subject.field ?? subject.role, object: subject.object },
        out
      );
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
function messagePlace(subject) {
  return { commit: subject.commit, field: subject.field ?? (subject.file ? "message-file" : "message"), object: subject.object };
}
function detectPath(matchers, path, commit, out) {
  for (const compiled of pathCandidates(matchers, path)) {
    if (compiled.rule.kind !== "path") continue;
    if (matchesPath(compiled, path)) out.push(makeFinding(compiled, path, { commit, path }));
  }
}
function detectIdentity(matchers, role, value, place, out) {
  const text = collapseSpaces(normalizeText(value));
  if (!passes(matchers, "identity", text)) return;
  const hits = hitsOf(matchers, "identity", text.toLowerCase());
  for (const compiled of matchers.byKind.get("identity") ?? []) {
    const field = compiled.rule.field ?? "any";
    if (field !== "any" && field !== role) continue;
    if (!compiled.regex || !hasKeyword(compiled, hits)) continue;
    if (compiled.regex.test(text)) out.push(makeFinding(compiled, text, place));
  }
}
function detectText(matchers, kind, raw, place, out) {
  const text = normalizeText(raw);
  const forms = kind === "message" || kind === "pull-request" ? messageForms(text) : [plainForm(text)];
  const seen = /* @__PURE__ */ new Set();
  for (const form of forms) detectForm(matchers, kind, form, place, seen, out);
}
function detectForm(matchers, kind, form, place, seen, out) {
  if (!passes(matchers, kind, form.text)) return;
  const hits = hitsOf(matchers, kind, form.text.toLowerCase());
  for (const compiled of matchers.byKind.get(kind) ?? []) {
    if (!compiled.regex || !hasKeyword(compiled, hits)) continue;
    for (const match of compiled.regex.matchAll(form.text)) {
      const first = formLineAt(form, match.index);
      const spansLines = formLineAt(form, match.index + Math.max(match.text.length - 1, 0)) !== first;
      if (form.reflowed && !spansLines) continue;
      const line = formLine(form, first);
      const evidence = (spansLines ? match.text.trim() : line.text.trim()).slice(0, 300);
      const key = `${compiled.rule.id}\0${evidence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(makeFinding(compiled, evidence, { ...place, line: line.sourceLine }));
    }
  }
}
function detectLine(matchers, raw, place, out) {
  const text = normalizeText(raw);
  if (!passes(matchers, "content", text)) return;
  const hits = hitsOf(matchers, "content", text.toLowerCase());
  for (const compiled of matchers.byKind.get("content") ?? []) {
    if (!compiled.regex || !hasKeyword(compiled, hits)) continue;
    if (compiled.pathRegexes.length > 0 && !matchesPath(compiled, place.path ?? "")) continue;
    if (compiled.regex.test(text)) out.push(makeFinding(compiled, text.trim().slice(0, 300), place));
  }
}
function detectDiff(matchers, diff, commit, out) {
  if (!passes(matchers, "content", diff) && !passesNormalised(matchers, diff)) return;
  for (const added of addedLines(diff)) detectLine(matchers, added.text, { commit, path: added.path, line: added.line }, out);
}
function passesNormalised(matchers, diff) {
  const { nonAscii, margin } = contentKeywordShape(matchers);
  if (nonAscii) {
    const normalised = normalizeText(diff);
    return normalised !== diff && passes(matchers, "content", normalised);
  }
  FOLDS.lastIndex = 0;
  let [start, end] = [-1, -1];
  for (let match = FOLDS.exec(diff); match; match = FOLDS.exec(diff)) {
    TEXT_AFTER.lastIndex = FOLDS.lastIndex;
    if (!TEXT_AFTER.test(diff)) continue;
    const [from, to] = [Math.max(0, match.index - margin), Math.min(diff.length, FOLDS.lastIndex + margin)];
    if (from > end) {
      if (end >= 0 && passes(matchers, "content", normalizeText(diff.slice(start, end)))) return true;
      start = from;
    }
    end = to;
  }
  return end >= 0 && passes(matchers, "content", normalizeText(diff.slice(start, end)));
}
var FOLDS = new RegExp(ASCII_FOLDS_SOURCE, "g");
var TEXT_AFTER = /[^\x00-\x08\x0a-\x1f\x7f\ufffd]{8}|[^\x00-\x08\x0a-\x1f\x7f\ufffd]{0,7}(?:\n|$)/y;
var keywordShapes = /* @__PURE__ */ new WeakMap();
function contentKeywordShape(matchers) {
  let shape = keywordShapes.get(matchers);
  if (!shape) {
    const words = (matchers.byKind.get("content") ?? []).flatMap((compiled) => compiled.keywords);
    shape = { nonAscii: words.some((word) => /[^\x00-\x7f]/.test(word)), margin: 2 * Math.max(0, ...words.map((word) => word.length)) };
    keywordShapes.set(matchers, shape);
  }
  return shape;
}
function passes(matchers, kind, text) {
  if (!matchers.byKind.has(kind)) return false;
  const prefilter = matchers.prefilter.get(kind);
  return prefilter ? prefilter.test(text) : true;
}
function hitsOf(matchers, kind, lower) {
  const index = matchers.keywordIndexes.get(kind);
  return index ? keywordHits(index, lower) : void 0;
}
function hasKeyword(compiled, hits) {
  if (compiled.keywordIds.length === 0) return true;
  return hits !== void 0 && compiled.keywordIds.some((id) => hits[id] === 1);
}

// src/policy/ignore-paths.ts
var PLAIN_SEGMENT = /^(?!\.\.?$)[^/\\\x00-\x1f\x7f\u2028\u2029]+$/;
var LITERAL_SEGMENT = /^(?!\.\.?$)[A-Za-z0-9._-]+$/;
function isPlain(path, segment = PLAIN_SEGMENT) {
  return path !== "" && path.split("/").every((part) => segment.test(part));
}
function literalTest(pattern) {
  const anywhere = pattern.startsWith("**/");
  const body = anywhere ? pattern.slice(3) : pattern;
  if (!body.endsWith("/**")) return void 0;
  const dir = body.slice(0, -3);
  if (!isPlain(dir, LITERAL_SEGMENT)) return void 0;
  const under = `${dir}/`;
  if (!anywhere) return (path) => path === dir || path.startsWith(under);
  const inner = `/${under}`;
  return (path) => path === dir || path.startsWith(under) || path.endsWith(`/${dir}`) || path.includes(inner);
}
function matchLiteralIgnore(patterns, path) {
  if (!isPlain(path)) return void 0;
  let matched = false;
  for (const pattern of patterns) {
    const test = cached.get(pattern) ?? compile(pattern);
    if (test === null) return void 0;
    if (!matched && test(path)) matched = true;
  }
  return matched;
}
var cached = /* @__PURE__ */ new Map();
function compile(pattern) {
  const test = literalTest(pattern) ?? null;
  cached.set(pattern, test);
  return test;
}

// src/policy/allow.ts
var DAY = 24 * 60 * 60 * 1e3;
async function applyAllow(findings, entries, now) {
  if (entries.length === 0) return findings;
  const micromatch = entries.some((entry) => entry.paths?.length || entry.rules?.length) ? (await import("./micromatch-GO4CTN5O.js")).default : void 0;
  const compiled = entries.map((entry) => ({
    entry,
    evidence: entry.evidence === void 0 ? void 0 : new RegExp(entry.evidence, "i"),
    expired: entry.expires !== void 0 && now.getTime() >= parseIsoDate(entry.expires, "allow.expires").getTime() + DAY
  }));
  const matches = (item, finding) => {
    const { entry } = item;
    if (entry.paths?.length && (!finding.path || !micromatch.isMatch(finding.path, entry.paths, { dot: true }))) return false;
    if (entry.rules?.length && !micromatch.isMatch(finding.ruleId, entry.rules)) return false;
    const commit = finding.commit?.toLowerCase();
    if (entry.commits?.length && (!commit || !entry.commits.some((id) => commit === id.toLowerCase()))) return false;
    if (item.evidence && !item.evidence.test(finding.evidence)) return false;
    return true;
  };
  return findings.map((finding) => {
    if (!isActive(finding)) return finding;
    const matching = compiled.filter((item) => matches(item, finding));
    const live = matching.find((item) => !item.expired);
    if (live) {
      const until = live.entry.expires ? ` (until ${live.entry.expires})` : "";
      return { ...finding, status: "allowed", note: `allowed${until}: ${live.entry.reason}` };
    }
    const expired = matching[0];
    if (!expired) return finding;
    return { ...finding, note: `the allow entry "${expired.entry.reason}" expired on ${expired.entry.expires}` };
  });
}

// src/policy/effective-date.ts
function applyEffectiveDate(findings, options) {
  if (options.effective === void 0) return findings;
  if (options.gate && !options.trustCommitDates) return findings;
  const effective = parseIsoDate(options.effective, "effective").getTime();
  return findings.map((finding) => {
    if (!isActive(finding) || finding.commitDate === void 0) return finding;
    const committed = Date.parse(finding.commitDate);
    if (Number.isNaN(committed) || committed >= effective) return finding;
    return {
      ...finding,
      status: "grandfathered",
      note: `committed ${finding.commitDate}, before the policy's effective date ${options.effective}`
    };
  });
}

// src/policy/apply-policy.ts
async function applyPolicy(findings, policy, context = { gate: false }) {
  const ignoredBaselineFile = context.repoDir ? baselineRepoPath(context.repoDir, policy.baseline) : void 0;
  const kept = await dropIgnored(findings, policy.ignore, ignoredBaselineFile);
  let result = applyLevels(kept, policy);
  if (policy.baseline !== false)
    result = applyBaseline(result, context.baseline, context.baselineLabel ?? policy.baseline, context.patchIds);
  result = await applyAllow(result, policy.allow, context.now ?? /* @__PURE__ */ new Date());
  return applyEffectiveDate(result, { effective: policy.effective, trustCommitDates: policy.trustCommitDates, gate: context.gate });
}
async function dropIgnored(findings, ignore, baselineFile) {
  const withoutBaseline = baselineFile ? findings.filter((finding) => finding.path !== baselineFile || finding.tool === "aiguard") : findings;
  if (ignore.length === 0 || !withoutBaseline.some((finding) => finding.path)) return withoutBaseline;
  const quick = withoutBaseline.map((finding) => finding.path ? matchLiteralIgnore(ignore, finding.path) : false);
  if (!quick.includes(void 0)) return withoutBaseline.filter((_, index) => !quick[index]);
  const micromatch = (await import("./micromatch-GO4CTN5O.js")).default;
  return withoutBaseline.filter((finding) => !finding.path || !micromatch.isMatch(finding.path, ignore, { dot: true }));
}

// src/detect/rule-set.ts
async function loadRuleSet(customRules = [], source = "config") {
  const builtins = builtinRules();
  const known = new Set(builtins.map((rule) => rule.id));
  for (const rule of customRules) {
    if (known.has(rule.id)) throw new UsageError(`${source}: customRules.${rule.id}: the id is taken by a built-in rule`);
    known.add(rule.id);
    if (rule.pattern !== void 0) {
      try {
        new RegExp(rule.pattern, regexFlags(rule.flags));
      } catch (error) {
        throw new UsageError(`${source}: customRules.${rule.id}: invalid pattern: ${error.message}`);
      }
    }
    if (rule.kind === "path" && !rule.paths?.length) throw new UsageError(`${source}: customRules.${rule.id}: a path rule needs paths`);
    if (rule.kind !== "path" && rule.pattern === void 0)
      throw new UsageError(`${source}: customRules.${rule.id}: a ${rule.kind} rule needs a pattern`);
  }
  if (customRules.some((rule) => rule.paths?.length || rule.excludePaths?.length)) {
    setGlobCompiler((await import("./micromatch-GO4CTN5O.js")).default);
  }
  const patterns = /* @__PURE__ */ new Map();
  if (customRules.some((rule) => rule.pattern !== void 0)) await loadLinearEngine();
  for (const rule of customRules) {
    if (rule.pattern === void 0) continue;
    patterns.set(rule.id, linearPattern(rule.pattern, regexFlags(rule.flags), `${source}: customRules.${rule.id}`));
  }
  const custom = customRules.map((rule) => ({ ...rule, why: rule.why ?? "A rule of this organisation's policy." }));
  const rules = [...builtins, ...custom];
  return { rules, matchers: compileRules(rules, patterns) };
}

// src/pipeline.ts
async function loadEngine(options) {
  return engineFor(await resolvePolicy(options));
}
async function engineFor(policy) {
  const ruleSet = await loadRuleSet(policy.customRules, policy.source);
  checkPolicyIds(policy, ruleSet.rules);
  return { policy, ruleSet };
}
async function runPipeline(engine, sources, context) {
  try {
    const { findings, commitsScanned } = await detectSources(engine.ruleSet.matchers, sources, context.onCommit);
    if (context.extraFindings) findings.push(...await context.extraFindings);
    const verdicts = findings.length === 0 ? [] : await applyPolicy(findings, engine.policy, await policyContextFor(engine.policy, findings, context));
    return { report: buildReport(verdicts, commitsScanned, ruleTexts(engine, verdicts)), findings, commitsScanned };
  } finally {
    for (const source of sources) source.stop();
  }
}
function ruleTexts(engine, verdicts) {
  const texts = {};
  const custom = new Set(engine.policy.customRules.map((rule) => rule.id));
  for (const { ruleId } of verdicts) {
    const rule = engine.ruleSet.matchers.rules.get(ruleId)?.rule;
    if (rule && !texts[ruleId]) texts[ruleId] = ruleTextFor(rule, !custom.has(ruleId));
  }
  return texts;
}
async function detectSources(matchers, sources, onCommit) {
  let commitsScanned = 0;
  const needs = {
    wantsText: settingsTextWanted(matchers),
    contentKeywords: matchers.contentKeywords,
    commitPrefilter: (content) => prefilterOf(matchers, content),
    onCommit: () => {
      commitsScanned++;
      onCommit?.();
    }
  };
  const findings = [];
  for (const source of sources) await detectAll(matchers, await source.read(needs), findings);
  return { findings, commitsScanned };
}
async function prefilterOf(matchers, content) {
  return (await import("./commit-prefilter-HW4U7QF2.js")).commitPrefilters(matchers, content);
}
async function detectAll(matchers, subjects, out = []) {
  const detect = profiling ? detectProfiled : detectSubject;
  const detectBatch = async (batch) => {
    if (batch.some((subject) => subject.type === "settings")) await loadSettingsAnalysers(settingsChecksFor(matchers, batch));
    for (const subject of batch) detect(matchers, subject, out);
  };
  if (Symbol.iterator in subjects) await detectBatch([...subjects]);
  else for await (const item of subjects) await detectBatch(Array.isArray(item) ? item : [item]);
  return out;
}
function detectProfiled(matchers, subject, out) {
  const started = clock();
  detectSubject(matchers, subject, out);
  addTime("matching (detect)", clock() - started);
}
async function policyContextFor(policy, findings, context) {
  const { baseline: given, extraFindings: _extra, onCommit: _onCommit, ...rest } = context;
  if (given === false || policy.baseline === false) return rest;
  const { baselinePath, commitsToIdentify, readBaseline } = await import("./baseline-QXZXIJ65.js");
  let baseline = given;
  let baselineLabel = context.baselineLabel;
  if (baseline === void 0 && context.repoDir) {
    baselineLabel = policy.baseline;
    baseline = readBaseline(baselinePath(context.repoDir, policy.baseline), baselineLabel);
  }
  if (!baseline) return rest;
  const commits = context.patchIds ? [] : commitsToIdentify(findings, baseline);
  if (commits.length === 0) return { ...rest, baseline, baselineLabel };
  const { patchIds } = await import("./patch-ids-OKYBK3LQ.js");
  return { ...rest, baseline, baselineLabel, patchIds: await patchIds(context.repoDir ?? ".", commits) };
}

export {
  detectSubject,
  applyPolicy,
  loadEngine,
  engineFor,
  runPipeline,
  detectSources,
  detectAll
};
