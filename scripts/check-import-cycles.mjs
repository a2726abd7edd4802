// The import graph of src/ (static and dynamic imports, type imports included) must have no cycle: each stage
// feeds the next. Prints each cycle and exits 1 when there is one. Usage: node scripts/check-import-cycles.mjs [DIR]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The cycles among the .ts files under dir, each as the list of files it passes through. */
export async function importCycles(dir, tsConfig = join(root, 'tsconfig.json')) {
  const graph = await madge(resolve(dir), { fileExtensions: ['ts'], tsConfig, excludeRegExp: [/\.d\.ts$/] });
  return graph.circular();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const cycles = await importCycles(process.argv[2] ?? join(root, 'src'));
  for (const cycle of cycles) console.log(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  if (cycles.length === 0) console.log('no import cycle');
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
