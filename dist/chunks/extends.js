import { createRequire } from 'node:module';
import { dirname, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { U as UsageError, i as isPresetName, P as PRESETS, a as isCodeConfig, d as displayPath } from './core.js';
import { l as loadConfigFile } from './chunk.js';
import './chunk2.js';
import { existsSync } from 'node:fs';
import 'node:os';
import 'node:util';
import 'node:child_process';
import 'node:fs/promises';
import 'node:crypto';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));
async function expandExtends(root, options = {}) {
  const layers = [];
  const done = /* @__PURE__ */ new Set();
  const rootKey = root.file ? resolve(root.file) : root.label;
  await expand({ ...root, key: rootKey }, [], layers, done, options);
  return layers;
}
async function expand(layer, chain, out, done, options) {
  const path = [...chain, layer];
  const specs = layer.config.extends === void 0 ? [] : [layer.config.extends].flat();
  for (const spec of specs) {
    const target = await resolveTarget(spec, layer, options);
    const loop = path.findIndex((item) => item.key === target.key);
    if (loop !== -1) {
      const names = [...path.slice(loop), target].map((item) => item.label).join(" \u2192 ");
      throw new UsageError(`${layer.label}: extends: cycle: ${names}`);
    }
    if (done.has(target.key)) continue;
    await expand(target, path, out, done, options);
  }
  done.add(layer.key);
  out.push({ config: layer.config, label: layer.label, file: layer.file });
}
async function resolveTarget(spec, from, options) {
  const where = `${from.label}: extends: ${spec}`;
  if (isPresetName(spec)) {
    const preset = PRESETS[spec];
    if (!preset) throw new UsageError(`${where}: unknown preset (expected ${Object.keys(PRESETS).join(", ")})`);
    return { config: preset, label: spec, key: spec };
  }
  const baseDir = from.file ? dirname(resolve(from.file)) : process.cwd();
  const fromCode = from.file !== void 0 && isCodeConfig(from.file);
  if (spec.startsWith("./") || spec.startsWith("../") || isAbsolute(spec)) {
    const file2 = resolve(baseDir, spec);
    if (!existsSync(file2)) throw new UsageError(`${where}: file not found`);
    return loadTarget(file2, displayPath(file2), fromCode, options);
  }
  let file;
  try {
    file = createRequire(resolve(baseDir, "aiguard-config.js")).resolve(spec);
  } catch {
    throw new UsageError(`${where}: cannot find the package (install it, or write ./ for a file)`);
  }
  return loadTarget(file, `${spec} (${displayPath(file)})`, fromCode, options);
}
async function loadTarget(file, label, named, options) {
  const loaded = await loadConfigFile(file, { ...options, label, named });
  return { config: loaded.config, label, file, key: loaded.file };
}

export { expandExtends };
