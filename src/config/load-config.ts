import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Config } from '../policy/policy.js';
import { validateConfig } from './validate-config.js';
import { checkConfigValues } from './check-config-values.js';
import { isCodeConfig } from './search-places.js';
import { parseDataConfig } from './parse-data-config.js';
import { codeRefusedHere, untrustedExtendsMessage } from './trust.js';

export interface LoadedConfig {
  config: Config;
  file: string;
}

export interface LoadOptions {
  /** false: never load JS/TS, not even a named file (CI on a pull request, a server's hook). */
  allowCode?: boolean;
  /** The user trusts the checkout's code (--trust-config, AIGUARD_TRUST_CONFIG=1): JS/TS configs found there load too. */
  trustCode?: boolean;
  /** How errors name the file (default: its path relative to the current directory). */
  label?: string;
  /** Where the line about a skipped JS config goes (default: stderr). */
  notice?: (line: string) => void;
}

export interface FileOptions extends LoadOptions {
  /** The user named this file (--config), or a JS config that runs anyway extends it: JS runs without trust. */
  named?: boolean;
}

/** Loads one config file: named on the command line, found by the search, or reached through `extends`. Data never loads cosmiconfig. */
export async function loadConfigFile(file: string, options: FileOptions = {}): Promise<LoadedConfig> {
  const path = resolve(file);
  if (!existsSync(path)) throw new UsageError(`config file not found: ${file}`);
  const label = options.label ?? file;
  // A named data file that holds nothing is the default policy, not an error.
  if (!isCodeConfig(path)) {
    return (await loadConfigText(readFileSync(path, 'utf8'), path, label)) ?? { config: checked({}, label), file: path };
  }
  return { config: checked((await loadCode(path, label, options)) ?? {}, label), file: path };
}

/** A data config from its text, validated; undefined when it holds nothing (an empty file, a package.json without the key). */
export async function loadConfigText(text: string, file: string, label: string): Promise<LoadedConfig | undefined> {
  const config = await parseDataConfig(text, file, label);
  return config === undefined ? undefined : { config: checked(config, label), file: resolve(file) };
}

async function loadCode(path: string, label: string, options: FileOptions): Promise<unknown> {
  if (options.allowCode === false) throw new UsageError(codeRefusedHere(label));
  if (!options.named && !options.trustCode) throw new UsageError(untrustedExtendsMessage(label));
  const { loadCodeConfig } = await import('./load-code-config.js');
  try {
    return await loadCodeConfig(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${label}: ${(error as Error).message.split('\n')[0]}`);
  }
}

function checked(config: unknown, file: string): Config {
  validateConfig(config, file);
  checkConfigValues(config as Config, file);
  return config as Config;
}
