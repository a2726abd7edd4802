// The config schema's validator. The sources load build/config-validator.cjs (ajv's standalone code) or compile the
// schema with ajv; the bundle imports the standalone code in place of this module (scripts/build.mjs).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

export type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params: Record<string, unknown> }[] | null;
};

export function configValidator(): Validator {
  const require = createRequire(import.meta.url);
  try {
    return require('../../build/config-validator.cjs') as Validator;
  } catch {
    // Not built yet: compile the schema now, with the options scripts/compile-config-schema.mjs uses.
  }
  const Ajv = require('ajv') as typeof import('ajv').default;
  const schema = JSON.parse(readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8')) as object;
  return new Ajv({ allErrors: false, strict: false }).compile(schema) as Validator;
}
