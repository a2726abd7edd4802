import { extname } from 'node:path';
import { pathsInRevision, showFile } from '../git/show-file.js';
import { UsageError } from '../errors.js';
import { SEARCH_PLACES, hasAiguardKey, parseDataConfig } from './load-config.js';
import { validateConfig } from './validate-config.js';
import { defaultPolicyWithOrigins, mergeConfig } from './policy.js';
import { PRESETS, isPresetName } from './presets.js';
const CODE_EXTENSIONS = new Set(['.js', '.ts', '.mjs', '.cjs']);
/**
 * The policy a revision carries (CI's base, a server's default branch): the first config cosmiconfig would find,
 * read with git, data formats only. A JS/TS config there is refused, never run; `extends` may name built-in presets
 * only, since files and packages beside it are not part of the revision that is trusted.
 */
export async function policyAtRevision(repo, rev, where, namedBy = '--config') {
    const present = await pathsInRevision(repo, rev, SEARCH_PLACES);
    for (const place of SEARCH_PLACES) {
        if (!present.has(place))
            continue;
        const label = `${/^[0-9a-f]{40,64}$/.test(rev) ? rev.slice(0, 12) : rev}:${place}`;
        if (CODE_EXTENSIONS.has(extname(place))) {
            throw new UsageError(`${label}: a JavaScript config is not loaded ${where} (it would run code): use .aiguardrc.json or .aiguardrc.yml, or name a JSON or YAML policy with ${namedBy}`);
        }
        const text = await showFile(repo, rev, place);
        if (text === undefined)
            continue;
        if (place === 'package.json' && !hasAiguardKey(text))
            continue;
        const config = (await parseDataConfig(text, place, label));
        validateConfig(config, label);
        let policy = defaultPolicyWithOrigins();
        for (const spec of config.extends === undefined ? [] : [config.extends].flat()) {
            const preset = isPresetName(spec) ? PRESETS[spec] : undefined;
            if (!preset)
                throw new UsageError(`${label}: extends: ${spec}: only built-in presets are resolved ${where}; name the whole policy with ${namedBy}`);
            policy = mergeConfig(policy, preset, undefined, spec);
        }
        return { policy: { ...mergeConfig(policy, config, undefined, label), source: label }, path: place };
    }
    return undefined;
}
