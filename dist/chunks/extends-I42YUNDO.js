import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  PRESETS,
  isPresetName
} from "./chunk-24LWJLR4.js";
import {
  loadConfigFile
} from "./chunk-LHX3VFLV.js";
import "./chunk-X4RVDYHW.js";
import "./chunk-HJVOMFK7.js";
import {
  displayPath
} from "./chunk-QWYIKMHS.js";
import "./chunk-KBEZPOTM.js";
import "./chunk-5EJRVVY2.js";
import {
  isCodeConfig
} from "./chunk-NGW65SNJ.js";
import "./chunk-QAPCKFJT.js";
import "./chunk-3A7CYMZE.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";
import "./chunk-LOBCSSTG.js";

// src/config/extends.ts
import { createRequire } from "node:module";
import { dirname, isAbsolute, resolve } from "node:path";
import { existsSync } from "node:fs";
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
export {
  expandExtends
};
