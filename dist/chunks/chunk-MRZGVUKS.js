import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  addTime,
  clock,
  profiling
} from "./chunk-QCSWZ7RP.js";
import {
  TOOL_IDS
} from "./chunk-T3SIZCCV.js";
import {
  applyAllow,
  applyEffectiveDate,
  displayPath,
  findConfig,
  isActive,
  loadConfigFile
} from "./chunk-6GUMSFSJ.js";
import {
  builtinRules
} from "./chunk-XBZO7ZD7.js";
import {
  buildReport
} from "./chunk-NFX7L2P6.js";
import {
  detectSubject,
  loadSettingsAnalysers,
  settingsChecksFor,
  settingsTextWanted
} from "./chunk-SW43LJ2P.js";
import {
  UsageError
} from "./chunk-2PIOZG2P.js";
import {
  compileRules,
  regexFlags,
  setGlobCompiler
} from "./chunk-2NXHPJH3.js";

// src/policy/levels.ts
var RANK = { off: 0, info: 1, warn: 2, block: 3 };
function ruleLevel(rule, policy) {
  const explicit = policy.rules[rule.id];
  if (explicit) return explicit;
  const toolLevel = policy.tools[rule.tool] ?? policy.tools["*"] ?? "warn";
  return RANK[toolLevel] < RANK[rule.severity] ? toolLevel : rule.severity;
}
function statusOf(severity) {
  return severity === "block" ? "blocking" : severity === "warn" ? "warning" : "info";
}
function applyLevels(findings, policy) {
  const result = [];
  for (const finding of findings) {
    const level = ruleLevel({ id: finding.ruleId, tool: finding.tool, severity: finding.severity }, policy);
    if (level === "off") continue;
    result.push({ ...finding, severity: level, status: statusOf(level) });
  }
  return result;
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

// src/policy/baseline.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
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
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: invalid JSON: ${error.message}`);
  }
  const entries = data?.entries;
  if (!Array.isArray(entries)) throw new UsageError(`${label}: entries: must be a list`);
  entries.forEach((entry, index) => {
    if (typeof entry?.fingerprint !== "string") throw new UsageError(`${label}: entries[${index}].fingerprint: required`);
  });
  return { version: 1, entries };
}
function applyBaseline(findings, baseline, label) {
  if (!baseline || baseline.entries.length === 0) return findings;
  const known = new Set(baseline.entries.map((entry) => entry.fingerprint));
  return findings.map(
    (finding) => isActive(finding) && known.has(finding.fingerprint) ? { ...finding, status: "baselined", note: `recorded in ${label}` } : finding
  );
}
function updateBaseline(previous, findings, prune) {
  const current = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (current.has(finding.fingerprint)) continue;
    current.set(finding.fingerprint, {
      rule: finding.ruleId,
      ...finding.path !== void 0 ? { path: finding.path } : {},
      ...finding.evidence !== finding.path ? { evidence: finding.evidence } : {},
      fingerprint: finding.fingerprint
    });
  }
  const kept = /* @__PURE__ */ new Map();
  let pruned = 0;
  for (const entry of previous?.entries ?? []) {
    if (prune && !current.has(entry.fingerprint)) pruned++;
    else kept.set(entry.fingerprint, entry);
  }
  let added = 0;
  for (const [key, entry] of current) {
    if (kept.has(key)) continue;
    kept.set(key, entry);
    added++;
  }
  const entries = [...kept.values()].sort((a, b) => a.rule.localeCompare(b.rule) || (a.path ?? "").localeCompare(b.path ?? "") || (a.evidence ?? "").localeCompare(b.evidence ?? "") || a.fingerprint.localeCompare(b.fingerprint));
  return { baseline: { version: 1, entries }, added, pruned };
}
function writeBaseline(file, baseline) {
  const text = `${JSON.stringify({ version: 1, description: "aiguard baseline: findings that existed when the policy was adopted. Regenerate with aiguard baseline; drop stale entries with aiguard baseline --prune.", entries: baseline.entries }, null, 2)}
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

// src/policy/apply-policy.ts
async function applyPolicy(findings, policy, context = { gate: false }) {
  const ignoredBaselineFile = context.repoDir ? baselineRepoPath(context.repoDir, policy.baseline) : void 0;
  const kept = await dropIgnored(findings, policy.ignore, ignoredBaselineFile);
  let result = applyLevels(kept, policy);
  if (!context.skipBaseline) {
    const { baseline, label } = loadBaseline(policy, context);
    result = applyBaseline(result, baseline, label);
  }
  result = await applyAllow(result, policy.allow, context.now ?? /* @__PURE__ */ new Date());
  return applyEffectiveDate(result, { effective: policy.effective, trustCommitDates: policy.trustCommitDates, gate: context.gate });
}
function loadBaseline(policy, context) {
  const label = policy.baseline === false ? "the baseline" : policy.baseline;
  if (context.baseline === false) return { label };
  if (context.baseline) return { baseline: context.baseline, label };
  const file = context.repoDir ? baselinePath(context.repoDir, policy.baseline) : void 0;
  return { baseline: file ? readBaseline(file, label) : void 0, label };
}
async function dropIgnored(findings, ignore, baselineFile) {
  const withoutBaseline = baselineFile ? findings.filter((finding) => finding.path !== baselineFile || finding.tool === "aiguard") : findings;
  if (ignore.length === 0 || !withoutBaseline.some((finding) => finding.path)) return withoutBaseline;
  const quick = withoutBaseline.map((finding) => finding.path ? matchLiteralIgnore(ignore, finding.path) : false);
  if (!quick.includes(void 0)) return withoutBaseline.filter((_, index) => !quick[index]);
  const micromatch = (await import("./micromatch-CBFFAW3V.js")).default;
  return withoutBaseline.filter((finding) => !finding.path || !micromatch.isMatch(finding.path, ignore, { dot: true }));
}

// src/policy/policy.ts
function defaultPolicy() {
  return {
    tools: { "claude-code": "block", generic: "info", aiguard: "block", "*": "warn" },
    rules: {},
    customRules: [],
    allow: [],
    ignore: ["node_modules/**", "**/node_modules/**", "vendor/**", "**/vendor/**", "third_party/**", "**/third_party/**"],
    trustCommitDates: false,
    baseline: ".aiguard-baseline.json",
    onViolation: "block"
  };
}
function mergeConfig(policy, config, source, label = source) {
  return {
    origins: label === void 0 ? policy.origins : recordOrigins({ ...policy.origins }, policy, config, label),
    name: config.name ?? policy.name,
    source: source ?? policy.source,
    tools: { ...policy.tools, ...config.tools },
    rules: { ...policy.rules, ...config.rules },
    customRules: [...policy.customRules, ...config.customRules ?? []],
    allow: [...policy.allow, ...config.allow ?? []],
    ignore: config.ignore ?? policy.ignore,
    effective: config.effective ?? policy.effective,
    trustCommitDates: config.trustCommitDates ?? policy.trustCommitDates,
    scope: config.scope ?? policy.scope,
    baseline: config.baseline ?? policy.baseline,
    onViolation: config.message?.onViolation ?? policy.onViolation
  };
}
function recordOrigins(origins, before, config, label) {
  for (const key of ["name", "effective", "trustCommitDates", "scope", "ignore", "baseline"]) {
    if (config[key] !== void 0) origins[key] = label;
  }
  if (config.message?.onViolation !== void 0) origins["message.onViolation"] = label;
  for (const tool of Object.keys(config.tools ?? {})) origins[`tools.${tool}`] = label;
  for (const rule of Object.keys(config.rules ?? {})) origins[`rules.${rule}`] = label;
  for (const rule of config.customRules ?? []) origins[`customRules.${rule.id}`] = label;
  (config.allow ?? []).forEach((_, index) => origins[`allow[${before.allow.length + index}]`] = label);
  return origins;
}
function defaultPolicyWithOrigins() {
  const policy = defaultPolicy();
  const origins = {};
  for (const key of ["ignore", "baseline", "trustCommitDates"]) origins[key] = "default";
  origins["message.onViolation"] = "default";
  for (const tool of Object.keys(policy.tools)) origins[`tools.${tool}`] = "default";
  return { ...policy, origins };
}

// src/policy/resolve-policy.ts
async function resolvePolicy(options) {
  const loaded = options.configFile ? await loadConfigFile(options.configFile, options) : options.searchDir ? await findConfig(options.searchDir, options) : void 0;
  if (!loaded) return defaultPolicyWithOrigins();
  const label = options.configFile ?? displayPath(loaded.file);
  let layers = [{ config: loaded.config, label, file: loaded.file }];
  if (loaded.config.extends !== void 0) {
    const { expandExtends } = await import("./extends-6PNZF2HT.js");
    layers = await expandExtends(layers[0], options);
  }
  let policy = defaultPolicyWithOrigins();
  for (const layer of layers) policy = mergeConfig(policy, layer.config, void 0, layer.label);
  return { ...policy, source: loaded.file };
}
function checkPolicyIds(policy, rules) {
  const fileOf = (key) => policy.origins?.[key] ?? (policy.source ? displayPath(policy.source) : "config");
  const known = new Set(TOOL_IDS);
  for (const rule of policy.customRules) known.add(rule.tool);
  for (const tool of Object.keys(policy.tools)) {
    if (tool !== "*" && !known.has(tool)) throw new UsageError(`${fileOf(`tools.${tool}`)}: tools.${tool}: unknown tool id`);
  }
  const ruleIds = new Set(rules.map((rule) => rule.id));
  for (const id of Object.keys(policy.rules)) {
    if (!ruleIds.has(id)) throw new UsageError(`${fileOf(`rules.${id}`)}: rules.${id}: unknown rule id`);
  }
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
    if (rule.kind !== "path" && rule.pattern === void 0) throw new UsageError(`${source}: customRules.${rule.id}: a ${rule.kind} rule needs a pattern`);
  }
  if (customRules.some((rule) => rule.paths?.length || rule.excludePaths?.length)) {
    setGlobCompiler((await import("./micromatch-CBFFAW3V.js")).default);
  }
  const custom = customRules.map((rule) => ({ ...rule, why: rule.why ?? "A rule of this organisation's policy." }));
  const rules = [...builtins, ...custom];
  return { rules, matchers: compileRules(rules) };
}

// src/scan-pipeline.ts
async function collectFindings(matchers, subjects, out = []) {
  const detect = profiling ? detectProfiled : detectSubject;
  if (Symbol.iterator in subjects) {
    const list = [...subjects];
    if (list.some((subject) => subject.type === "settings")) await loadSettingsAnalysers(settingsChecksFor(matchers, list));
    for (const subject of list) detect(matchers, subject, out);
    return out;
  }
  for await (const item of subjects) {
    const batch = Array.isArray(item) ? item : [item];
    if (batch.some((subject) => subject.type === "settings")) await loadSettingsAnalysers(settingsChecksFor(matchers, batch));
    for (const subject of batch) detect(matchers, subject, out);
  }
  return out;
}
async function collectWithSettings(repo, matchers, subjects, source, out = []) {
  const wants = settingsTextWanted(matchers);
  if (Symbol.iterator in subjects) {
    const list = [...subjects];
    await collectFindings(matchers, list, out);
    if (!list.some((subject) => subject.type === "path" && !subject.symlink && wants(subject.path))) return out;
    const { settingsSubjectsFor, settingsTextReader: settingsTextReader2 } = await import("./settings-text-XF4FS565.js");
    const reader2 = settingsTextReader2(repo, source);
    try {
      return await collectFindings(matchers, await settingsSubjectsFor(list, wants, reader2.read), out);
    } finally {
      reader2.close();
    }
  }
  const { withSettingsText, settingsTextReader } = await import("./settings-text-XF4FS565.js");
  const reader = settingsTextReader(repo, source);
  try {
    return await collectFindings(matchers, withSettingsText(subjects, wants, reader.read), out);
  } finally {
    reader.close();
  }
}
function detectProfiled(matchers, subject, out) {
  const started = clock();
  detectSubject(matchers, subject, out);
  addTime("matching (detect)", clock() - started);
}
async function loadEngine(options) {
  const policy = await resolvePolicy(options);
  const ruleSet = await loadRuleSet(policy.customRules, policy.source);
  checkPolicyIds(policy, ruleSet.rules);
  return { policy, ruleSet };
}
async function finishReport(findings, policy, commitsScanned, context = { gate: false }) {
  return buildReport(await applyPolicy(findings, policy, context), commitsScanned);
}

export {
  ruleLevel,
  baselinePath,
  baselineRepoPath,
  readBaseline,
  parseBaseline,
  updateBaseline,
  writeBaseline,
  findingsToRecord,
  applyPolicy,
  defaultPolicy,
  mergeConfig,
  defaultPolicyWithOrigins,
  resolvePolicy,
  checkPolicyIds,
  loadRuleSet,
  collectFindings,
  collectWithSettings,
  loadEngine,
  finishReport
};
