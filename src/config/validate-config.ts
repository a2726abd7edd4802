import { UsageError } from '../errors.js';
import { configValidator, type Validator } from '../assets/config-validator.js';

let validator: Validator | undefined;

/** Checks a config against schema/config.schema.json; the error names the file and the key at fault. */
export function validateConfig(config: unknown, file: string): void {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new UsageError(`${file}: the config must be an object`);
  }
  validator ??= configValidator();
  if (validator(config)) return;
  const error = validator.errors?.[0];
  if (!error) throw new UsageError(`${file}: invalid config`);
  // /allow/0/reason → allow[0].reason, the way a person writes the key.
  const parts = error.instancePath
    .replace(/^\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
  const extra = error.params.additionalProperty;
  if (typeof extra === 'string') throw new UsageError(`${file}: ${key ? `${key}.` : ''}${extra}: unknown key`);
  const allowed = error.params.allowedValues;
  const detail = Array.isArray(allowed) ? `must be one of ${allowed.join(', ')}` : (error.message ?? 'invalid');
  const missing = error.params.missingProperty;
  if (typeof missing === 'string') throw new UsageError(`${file}: ${key ? `${key}.` : ''}${missing}: required`);
  throw new UsageError(`${file}: ${key || '(top level)'}: ${detail}`);
}
