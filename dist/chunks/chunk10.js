import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { D as pathsInRevision, S as SEARCH_PLACES, F as showFile, I as hasAiguardKey, J as defaultPolicyWithOrigins, i as isPresetName, P as PRESETS, U as UsageError, K as mergeConfig, a as isCodeConfig } from './core.js';
import { p as parseDataConfig, v as validateConfig, c as checkConfigValues } from './chunk2.js';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));

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

export { policyFromText as a, policyAtRevision as p };
