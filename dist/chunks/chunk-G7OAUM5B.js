import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  pathsInRevision,
  showFile
} from "./chunk-R3WR3B7D.js";
import {
  PRESETS,
  isPresetName
} from "./chunk-24LWJLR4.js";
import {
  checkConfigValues,
  parseDataConfig,
  validateConfig
} from "./chunk-X4RVDYHW.js";
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

// src/config/revision-policy.ts
async function policyAtRevision(repo, rev, where, namedBy = "--config") {
  const present = await pathsInRevision(repo, rev, SEARCH_PLACES);
  for (const place of SEARCH_PLACES) {
    if (!present.has(place)) continue;
    const label = `${/^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 12) : rev}:${place}`;
    refuseCode(place, label, where, namedBy);
    const text = await showFile(repo, rev, place);
    if (text === void 0) continue;
    if (place === "package.json" && !hasAiguardKey(text)) continue;
    if (await parseDataConfig(text, place, label) === void 0) continue;
    return { policy: await policyFromText(text, place, label, where, namedBy), path: place };
  }
  return void 0;
}
async function policyFromText(text, path, label, where, namedBy = "--config") {
  refuseCode(path, label, where, namedBy);
  const config = await parseDataConfig(text, path, label) ?? {};
  validateConfig(config, label);
  checkConfigValues(config, label);
  let policy = defaultPolicyWithOrigins();
  for (const spec of config.extends === void 0 ? [] : [config.extends].flat()) {
    const preset = isPresetName(spec) ? PRESETS[spec] : void 0;
    if (!preset) {
      const fix = `name the whole policy with ${namedBy}`;
      throw new UsageError(`${label}: extends: ${spec}: only built-in presets are resolved ${where}; ${fix}`);
    }
    policy = mergeConfig(policy, preset, void 0, spec);
  }
  return { ...mergeConfig(policy, config, void 0, label), source: label };
}
function refuseCode(path, label, where, namedBy) {
  if (!isCodeConfig(path)) return;
  throw new UsageError(
    `${label}: a JavaScript config is not loaded ${where} (it would run code): use .aiguardrc.json or .aiguardrc.yml, or name a JSON or YAML policy with ${namedBy}`
  );
}

export {
  policyAtRevision,
  policyFromText
};
