import type { Repository } from '../git/repository.js';
import { pathsInRevision, showFile } from '../git/show-file.js';
import { UsageError } from '../errors.js';
import { SEARCH_PLACES, hasAiguardKey, isCodeConfig } from './search-places.js';
import { parseDataConfig } from './parse-data-config.js';
import { validateConfig } from './validate-config.js';
import { checkConfigValues } from './check-config-values.js';
import type { Config, Policy } from '../policy/policy.js';
import { defaultPolicyWithOrigins, mergeConfig } from './merge-config.js';
import { PRESETS, isPresetName } from './presets.js';

export interface RevisionPolicy {
  policy: Policy;
  /** The config's path in the repository. */
  path: string;
}

/**
 * The policy a revision carries (CI's base, a server's default branch): the first config cosmiconfig would find,
 * read with git, data formats only. A JS/TS config there is refused, never run; `extends` may name built-in presets
 * only, since files and packages beside it are not part of the revision that is trusted.
 */
export async function policyAtRevision(
  repo: Repository,
  rev: string,
  where: string,
  namedBy = '--config',
): Promise<RevisionPolicy | undefined> {
  const present = await pathsInRevision(repo, rev, SEARCH_PLACES);
  for (const place of SEARCH_PLACES) {
    if (!present.has(place)) continue;
    const label = `${/^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 12) : rev}:${place}`;
    refuseCode(place, label, where, namedBy);
    const text = await showFile(repo, rev, place);
    if (text === undefined) continue;
    if (place === 'package.json' && !hasAiguardKey(text)) continue;
    // An empty file is passed over, as the search of a work tree passes it over.
    if ((await parseDataConfig(text, place, label)) === undefined) continue;
    return { policy: await policyFromText(text, place, label, where, namedBy), path: place };
  }
  return undefined;
}

/** One data-format config read from git (label `REV:path`): validated, with built-in presets as its only `extends`. */
export async function policyFromText(text: string, path: string, label: string, where: string, namedBy = '--config'): Promise<Policy> {
  refuseCode(path, label, where, namedBy);
  // A named file that holds nothing is the default policy.
  const config = ((await parseDataConfig(text, path, label)) ?? {}) as Config;
  validateConfig(config, label);
  checkConfigValues(config, label);
  let policy = defaultPolicyWithOrigins();
  for (const spec of config.extends === undefined ? [] : [config.extends].flat()) {
    const preset = isPresetName(spec) ? PRESETS[spec] : undefined;
    if (!preset) {
      const fix = `name the whole policy with ${namedBy}`;
      throw new UsageError(`${label}: extends: ${spec}: only built-in presets are resolved ${where}; ${fix}`);
    }
    policy = mergeConfig(policy, preset, undefined, spec);
  }
  return { ...mergeConfig(policy, config, undefined, label), source: label };
}

/** A JS/TS config read from git is refused before its text is even read: it would run code. */
function refuseCode(path: string, label: string, where: string, namedBy: string): void {
  if (!isCodeConfig(path)) return;
  throw new UsageError(
    `${label}: a JavaScript config is not loaded ${where} (it would run code): ` +
      `use .aiguardrc.json or .aiguardrc.yml, or name a JSON or YAML policy with ${namedBy}`,
  );
}
