import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  detectSubject,
  loadSettingsAnalysers,
  settingsChecksFor,
  settingsTextWanted
} from "./chunk-R3RIRAUL.js";
import {
  addTime,
  clock,
  profiling
} from "./chunk-QCSWZ7RP.js";
import {
  TOOL_IDS,
  isPresetName
} from "./chunk-JCWSHI53.js";
import {
  applyAllow,
  applyEffectiveDate,
  displayPath,
  findConfig,
  loadConfigFile
} from "./chunk-35CTJ6CM.js";
import {
  builtinRules
} from "./chunk-IQBMQQZS.js";
import {
  buildReport
} from "./chunk-TZIBRDA3.js";
import {
  applyBaseline,
  baselineRepoPath
} from "./chunk-7SZH5YZF.js";
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
var BUILT_IN_TOOLS = new Set(TOOL_IDS);
var LEVEL_PRECEDENCE = "rules.<rule id> sets the level (up or down); else the rule's severity, capped by tools.<tool id>; else by tools.* (for a tool id of your own customRules only when your config itself sets tools.*, never by the default or a preset)";
function ruleLevel(rule, policy) {
  const explicit = policy.rules[rule.id];
  if (explicit) return explicit;
  const starApplies = BUILT_IN_TOOLS.has(rule.tool) || starSetByFile(policy);
  const toolLevel = policy.tools[rule.tool] ?? (starApplies ? policy.tools["*"] ?? "warn" : void 0);
  if (toolLevel === void 0) return rule.severity;
  return RANK[toolLevel] < RANK[rule.severity] ? toolLevel : rule.severity;
}
function starSetByFile(policy) {
  const origin = policy.origins?.["tools.*"];
  return policy.tools["*"] !== void 0 && origin !== void 0 && origin !== "default" && !isPresetName(origin);
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

// src/policy/apply-policy.ts
async function applyPolicy(findings, policy, context = { gate: false }) {
  const ignoredBaselineFile = context.repoDir ? baselineRepoPath(context.repoDir, policy.baseline) : void 0;
  const kept = await dropIgnored(findings, policy.ignore, ignoredBaselineFile);
  let result = applyLevels(kept, policy);
  if (policy.baseline !== false) result = applyBaseline(result, context.baseline, context.baselineLabel ?? policy.baseline, context.patchIds);
  result = await applyAllow(result, policy.allow, context.now ?? /* @__PURE__ */ new Date());
  return applyEffectiveDate(result, { effective: policy.effective, trustCommitDates: policy.trustCommitDates, gate: context.gate });
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
    const { expandExtends } = await import("./extends-46CI2WHJ.js");
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
    const verdicts = await applyPolicy(findings, engine.policy, await policyContextFor(engine.policy, findings, context));
    return { report: buildReport(verdicts, commitsScanned), findings, commitsScanned };
  } finally {
    for (const source of sources) source.stop();
  }
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
  return (await import("./commit-prefilter-NFE7C6FD.js")).commitPrefilter(matchers, content);
}
async function detectAll(matchers, subjects, out = []) {
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
function detectProfiled(matchers, subject, out) {
  const started = clock();
  detectSubject(matchers, subject, out);
  addTime("matching (detect)", clock() - started);
}
async function policyContextFor(policy, findings, context) {
  const { baseline: given, extraFindings: _extra, onCommit: _onCommit, ...rest } = context;
  if (findings.length === 0 || given === false || policy.baseline === false) return rest;
  const { baselinePath, commitsToIdentify, readBaseline } = await import("./baseline-T2X7KCHP.js");
  let baseline = given;
  let baselineLabel = context.baselineLabel;
  if (baseline === void 0 && context.repoDir) {
    baselineLabel = policy.baseline;
    baseline = readBaseline(baselinePath(context.repoDir, policy.baseline), baselineLabel);
  }
  if (!baseline) return rest;
  const commits = context.patchIds ? [] : commitsToIdentify(findings, baseline);
  if (commits.length === 0) return { ...rest, baseline, baselineLabel };
  const { patchIds } = await import("./patch-ids-JTYS5LY3.js");
  return { ...rest, baseline, baselineLabel, patchIds: await patchIds(context.repoDir ?? ".", commits) };
}

export {
  LEVEL_PRECEDENCE,
  ruleLevel,
  applyPolicy,
  defaultPolicy,
  mergeConfig,
  defaultPolicyWithOrigins,
  resolvePolicy,
  loadEngine,
  engineFor,
  runPipeline,
  detectSources,
  detectAll
};
