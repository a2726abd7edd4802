import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  displayPath
} from "./chunk-QWYIKMHS.js";
import {
  TOOL_IDS
} from "./chunk-KBEZPOTM.js";
import {
  UNTRUSTED_CODE,
  codeRefusedHere,
  trustFromEnvironment,
  untrustedFoundMessage
} from "./chunk-5EJRVVY2.js";
import {
  SEARCH_PLACES,
  hasAiguardKey,
  isCodeConfig
} from "./chunk-NGW65SNJ.js";
import {
  defaultPolicyWithOrigins,
  mergeConfig
} from "./chunk-VJT5LKH4.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/config/find-config.ts
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
async function findConfig(startDir, stopDir, options = {}) {
  let skipped;
  for (const { file, text } of candidates(startDir, stopDir)) {
    const label = displayPath(file);
    if (text.trim() === "" || basename(file) === "package.json" && !hasAiguardKey(text)) continue;
    if (isCodeConfig(file)) {
      if (options.allowCode === false || !options.trustCode) {
        skipped ??= label;
        continue;
      }
      return (await import("./load-config-PAAH2MS6.js")).loadConfigFile(file, { ...options, label });
    }
    const loaded = await (await import("./load-config-PAAH2MS6.js")).loadConfigText(text, file, label);
    if (!loaded) continue;
    if (skipped) (options.notice ?? writeNotice)(`aiguard: skipped ${skipped} (${skipReason(options)}); using ${label}`);
    return loaded;
  }
  if (!skipped) return void 0;
  if (options.allowCode === false) throw new UsageError(codeRefusedHere(skipped));
  throw new UsageError(untrustedFoundMessage(skipped));
}
function skipReason(options) {
  return options.allowCode === false ? "a JavaScript config is not loaded here" : UNTRUSTED_CODE;
}
function writeNotice(line) {
  process.stderr.write(`${line}
`);
}
function* candidates(startDir, stopDir) {
  for (const dir of searchDirs(startDir, stopDir)) {
    for (const place of SEARCH_PLACES) {
      const file = join(dir, place);
      if (!existsSync(file)) continue;
      let text;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        const code = error.code;
        if (code === "EISDIR" || code === "ENOTDIR" || code === "EACCES" || code === "ENOENT") continue;
        throw new UsageError(`${displayPath(file)}: cannot read: ${code ?? error.message}`);
      }
      yield { file, text };
    }
  }
}
function searchDirs(startDir, stopDir) {
  const real = (dir2) => {
    try {
      return realpathSync(resolve(dir2));
    } catch {
      return resolve(dir2);
    }
  };
  const stop = real(stopDir);
  let dir = real(startDir);
  const inside = relative(stop, dir);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return [stop];
  const dirs = [];
  while (dir !== stop) {
    dirs.push(dir);
    const parent = dirname(dir);
    if (parent === dir) return [stop];
    dir = parent;
  }
  return [...dirs, stop];
}

// src/config/resolve-policy.ts
async function resolvePolicy(given) {
  const options = { ...given, trustCode: given.trustCode ?? trustFromEnvironment() };
  const loaded = options.configFile ? await (await import("./load-config-PAAH2MS6.js")).loadConfigFile(options.configFile, { ...options, named: true }) : options.searchDir ? await findConfig(options.startDir ?? options.searchDir, options.searchDir, options) : void 0;
  if (!loaded) return defaultPolicyWithOrigins();
  const label = options.configFile ?? displayPath(loaded.file);
  let layers = [{ config: loaded.config, label, file: loaded.file }];
  if (loaded.config.extends !== void 0) {
    const { expandExtends } = await import("./extends-I42YUNDO.js");
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

export {
  resolvePolicy,
  checkPolicyIds
};
