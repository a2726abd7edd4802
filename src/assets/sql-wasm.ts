// sql.js's WebAssembly binary, for the audit store. The sources read it from node_modules; the bundle has it
// written in (scripts/build.mjs), so an installed aiguard opens its store without node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export function sqlWasmBinary(): Uint8Array {
  return readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'));
}
