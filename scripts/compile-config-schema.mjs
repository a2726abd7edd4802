// Build step: schema/config.schema.json → build/config-validator.cjs, ajv's standalone validator, so that a run
// with a config file neither loads nor compiles ajv (together ~60–90 ms on every hook run of a configured repository).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The validator's CommonJS source (it requires a few small ajv runtime helpers, which the bundle includes). */
export function compileConfigSchema() {
  const schema = JSON.parse(readFileSync(join(root, 'schema/config.schema.json'), 'utf8'));
  // The same options as src/assets/config-validator.ts uses when it compiles at run time.
  const ajv = new Ajv({ allErrors: false, strict: false, code: { source: true } });
  return standaloneCode.default ? standaloneCode.default(ajv, ajv.compile(schema)) : standaloneCode(ajv, ajv.compile(schema));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/config-validator.cjs'), compileConfigSchema());
  console.log('compiled the config schema validator');
}
