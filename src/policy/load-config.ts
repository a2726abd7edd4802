import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, basename, extname } from 'node:path';
import { UsageError } from '../errors.js';
import type { Config } from './policy.js';
import { validateConfig } from './validate-config.js';

export interface LoadedConfig {
  config: Config;
  file: string;
}

/** cosmiconfig's places for the module name "aiguard", in its order. */
export const SEARCH_PLACES = [
  'package.json',
  '.aiguardrc',
  '.aiguardrc.json',
  '.aiguardrc.yaml',
  '.aiguardrc.yml',
  '.aiguardrc.js',
  '.aiguardrc.ts',
  '.aiguardrc.mjs',
  '.aiguardrc.cjs',
  '.config/aiguardrc',
  '.config/aiguardrc.json',
  '.config/aiguardrc.yaml',
  '.config/aiguardrc.yml',
  '.config/aiguardrc.js',
  '.config/aiguardrc.ts',
  '.config/aiguardrc.mjs',
  '.config/aiguardrc.cjs',
  'aiguard.config.js',
  'aiguard.config.ts',
  'aiguard.config.mjs',
  'aiguard.config.cjs',
];

const CODE_EXTENSIONS = new Set(['.js', '.ts', '.mjs', '.cjs']);

export interface LoadOptions {
  /** Load JS/TS configs; false where the repository is untrusted (CI on a pull request). */
  allowCode?: boolean;
}

/** Finds the config in dir (the repository root) the way cosmiconfig does; undefined when there is none. */
export async function findConfig(dir: string, options: LoadOptions = {}): Promise<LoadedConfig | undefined> {
  // Stat the candidates first: a hook in a repository without config never loads cosmiconfig.
  const present = SEARCH_PLACES.filter((place) => existsSync(join(dir, place)));
  if (present.length === 0) return undefined;
  if (present.length === 1 && present[0] === 'package.json' && !packageHasConfig(join(dir, 'package.json'))) return undefined;
  if (options.allowCode === false) {
    const dataOnly = present.find((place) => !CODE_EXTENSIONS.has(extname(place)) && (place !== 'package.json' || packageHasConfig(join(dir, place))));
    const codeFile = present.find((place) => CODE_EXTENSIONS.has(extname(place)));
    if (!dataOnly && codeFile) throw new UsageError(`${codeFile}: a JavaScript config is not loaded here (untrusted checkout); name a data config with --config`);
    return dataOnly ? loadConfigFile(join(dir, dataOnly), options) : undefined;
  }
  // cosmiconfig passes over a package.json without an "aiguard" key.
  const first = present.find((place) => place !== 'package.json' || packageHasConfig(join(dir, place)));
  const plainJson = first ? readPlainJson(dir, first) : undefined;
  if (plainJson) return plainJson;
  const { cosmiconfig } = await import('cosmiconfig');
  const explorer = cosmiconfig('aiguard', { searchStrategy: 'none', searchPlaces: SEARCH_PLACES, cache: false });
  try {
    const result = await explorer.search(dir);
    if (!result || result.isEmpty) return undefined;
    return { config: checked(result.config, result.filepath), file: result.filepath };
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]}`);
  }
}

/** Loads a config named on the command line or by the environment. */
export async function loadConfigFile(file: string, options: LoadOptions = {}): Promise<LoadedConfig> {
  const path = resolve(file);
  if (!existsSync(path)) throw new UsageError(`config file not found: ${file}`);
  if (CODE_EXTENSIONS.has(extname(path))) {
    if (options.allowCode === false) throw new UsageError(`${file}: a JavaScript config is not loaded here (untrusted checkout)`);
    const { cosmiconfig } = await import('cosmiconfig');
    try {
      const result = await cosmiconfig('aiguard').load(path);
      return { config: checked(result?.config ?? {}, file), file: path };
    } catch (error) {
      throw new UsageError(`${file}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return { config: checked(await parseDataConfig(readFileSync(path, 'utf8'), path, file), file), file: path };
}

/** Parses JSON or YAML text (what `git show BASE:path` gives in CI, too). */
export async function parseDataConfig(text: string, path: string, label = path): Promise<unknown> {
  const extension = extname(path);
  if (basename(path) === 'package.json') return parseJson(text, label).aiguard ?? {};
  if (extension === '.json') return parseJson(text, label);
  const { parse } = await import('yaml');
  try {
    // YAML is a superset of JSON: extensionless rc files take either.
    return parse(text) ?? {};
  } catch (error) {
    throw new UsageError(`${label}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

function parseJson(text: string, label: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${label}: invalid JSON: ${(error as Error).message}`);
  }
}

/**
 * The first config is a JSON object file: what cosmiconfig would return, read without loading it (a hook saves
 * its import). Anything else (YAML, code, package.json, empty or invalid JSON) is left to cosmiconfig.
 */
function readPlainJson(dir: string, place: string): LoadedConfig | undefined {
  if (!place.endsWith('.json') || place === 'package.json') return undefined;
  const file = join(dir, place);
  let config: unknown;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return undefined;
  return { config: checked(config, file), file };
}

function packageHasConfig(path: string): boolean {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>).aiguard !== undefined;
  } catch {
    return false;
  }
}

function checked(config: unknown, file: string): Config {
  validateConfig(config, file);
  return config as Config;
}
