import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
let validator;
/** Checks a config against schema/config.schema.json; the error names the file and the key at fault. */
export function validateConfig(config, file) {
    if (config === null || typeof config !== 'object' || Array.isArray(config)) {
        throw new UsageError(`${file}: the config must be an object`);
    }
    validator ??= compileValidator();
    if (validator(config))
        return;
    const error = validator.errors?.[0];
    if (!error)
        throw new UsageError(`${file}: invalid config`);
    // /allow/0/reason → allow[0].reason, the way a person writes the key.
    const key = error.instancePath.replace(/^\//, '').split('/').map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
    const extra = error.params.additionalProperty;
    if (typeof extra === 'string')
        throw new UsageError(`${file}: ${key ? `${key}.` : ''}${extra}: unknown key`);
    const allowed = error.params.allowedValues;
    const detail = Array.isArray(allowed) ? `must be one of ${allowed.join(', ')}` : error.message ?? 'invalid';
    const missing = error.params.missingProperty;
    if (typeof missing === 'string')
        throw new UsageError(`${file}: ${key ? `${key}.` : ''}${missing}: required`);
    throw new UsageError(`${file}: ${key || '(top level)'}: ${detail}`);
}
function compileValidator() {
    const require = createRequire(import.meta.url);
    try {
        // Built by scripts/compile-config-schema.mjs: the same validator without loading or compiling ajv.
        return require('../../config-validator.cjs');
    }
    catch {
        // Not built (sources run directly): compile the schema now.
    }
    const Ajv = require('ajv');
    // dist/src/policy when built, src/policy when tests import the sources: the schema sits at the package root.
    const url = [new URL('../../../schema/config.schema.json', import.meta.url), new URL('../../schema/config.schema.json', import.meta.url)].find((candidate) => existsSync(candidate));
    if (!url)
        throw new UsageError('cannot find schema/config.schema.json');
    const schema = JSON.parse(readFileSync(url, 'utf8'));
    return new Ajv({ allErrors: false, strict: false }).compile(schema);
}
