import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Config } from '../policy/policy.js';
import { loadConfigFile, type LoadOptions } from './load-config.js';
import { displayPath } from './display-path.js';
import { isCodeConfig } from './search-places.js';
import { PRESETS, isPresetName } from './presets.js';

/** One config in the order it is merged: what it extends first, then itself. */
export interface ConfigLayer {
  config: Config;
  /** Shown in errors and `aiguard config print`: a path, `aiguard:strict`, or `package (path)`. */
  label: string;
  /** The file, when the layer is one (relative extends and packages resolve from its folder). */
  file?: string;
}

interface Target extends ConfigLayer {
  /** Identity for cycle detection: the preset name or the real file path. */
  key: string;
}

/** Flattens `extends` depth first: presets, relative files and npm packages, each resolved from the file that names it. */
export async function expandExtends(root: ConfigLayer, options: LoadOptions = {}): Promise<ConfigLayer[]> {
  const layers: ConfigLayer[] = [];
  const done = new Set<string>();
  const rootKey = root.file ? resolve(root.file) : root.label;
  await expand({ ...root, key: rootKey }, [], layers, done, options);
  return layers;
}

async function expand(layer: Target, chain: Target[], out: ConfigLayer[], done: Set<string>, options: LoadOptions): Promise<void> {
  const path = [...chain, layer];
  const specs = layer.config.extends === undefined ? [] : [layer.config.extends].flat();
  for (const spec of specs) {
    const target = await resolveTarget(spec, layer, options);
    const loop = path.findIndex((item) => item.key === target.key);
    if (loop !== -1) {
      const names = [...path.slice(loop), target].map((item) => item.label).join(' → ');
      throw new UsageError(`${layer.label}: extends: cycle: ${names}`);
    }
    // A diamond (two layers extending one file) merges that file once.
    if (done.has(target.key)) continue;
    await expand(target, path, out, done, options);
  }
  done.add(layer.key);
  out.push({ config: layer.config, label: layer.label, file: layer.file });
}

async function resolveTarget(spec: string, from: Target, options: LoadOptions): Promise<Target> {
  const where = `${from.label}: extends: ${spec}`;
  if (isPresetName(spec)) {
    const preset = PRESETS[spec];
    if (!preset) throw new UsageError(`${where}: unknown preset (expected ${Object.keys(PRESETS).join(', ')})`);
    return { config: preset, label: spec, key: spec };
  }
  const baseDir = from.file ? dirname(resolve(from.file)) : process.cwd();
  // What a JS config extends it could have imported itself: it runs with it. A data config's JS needs trust.
  const fromCode = from.file !== undefined && isCodeConfig(from.file);
  if (spec.startsWith('./') || spec.startsWith('../') || isAbsolute(spec)) {
    const file = resolve(baseDir, spec);
    if (!existsSync(file)) throw new UsageError(`${where}: file not found`);
    return loadTarget(file, displayPath(file), fromCode, options);
  }
  let file: string;
  try {
    // Packages resolve as Node would from the folder of the config that names them.
    file = createRequire(resolve(baseDir, 'aiguard-config.js')).resolve(spec);
  } catch {
    throw new UsageError(`${where}: cannot find the package (install it, or write ./ for a file)`);
  }
  return loadTarget(file, `${spec} (${displayPath(file)})`, fromCode, options);
}

async function loadTarget(file: string, label: string, named: boolean, options: LoadOptions): Promise<Target> {
  const loaded = await loadConfigFile(file, { ...options, label, named });
  return { config: loaded.config, label, file, key: loaded.file };
}
