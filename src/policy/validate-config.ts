import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';

type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params: Record<string, unknown> }[] | null };
let validator: Validator | undefined;

/** Checks a config against schema/config.schema.json; the error names the file and the key at fault. */
export function validateConfig(config: unknown, file: string): void {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new UsageError(`${file}: the config must be an object`);
  }
  validator ??= compileValidator();
  if (validator(config)) return;
  const error = validator.errors?.[0];
  if (!error) throw new UsageError(`${file}: invalid config`);
  const key = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
  const extra = error.params.additionalProperty;
  if (typeof extra === 'string') throw new UsageError(`${file}: ${key ? `${key}.` : ''}${extra}: unknown key`);
  const allowed = error.params.allowedValues;
  const detail = Array.isArray(allowed) ? `must be one of ${allowed.join(', ')}` : error.message ?? 'invalid';
  const missing = error.params.missingProperty;
  if (typeof missing === 'string') throw new UsageError(`${file}: ${key ? `${key}.` : ''}${missing}: required`);
  throw new UsageError(`${file}: ${key || '(top level)'}: ${detail}`);
}

function compileValidator(): Validator {
  const require = createRequire(import.meta.url);
  try {
    // Built by scripts/compile-config-schema.mjs: the same validator without loading or compiling ajv.
    return require('../../config-validator.cjs') as Validator;
  } catch {
    // Not built (sources run directly): compile the schema now.
  }
  const Ajv = require('ajv') as typeof import('ajv').default;
  const schema = require('../../../schema/config.schema.json') as object;
  return new Ajv({ allErrors: false, strict: false }).compile(schema) as Validator;
}
