// esbuild splits the bundle into one chunk per set of lazy imports that share code: the tree scan loaded 43 files
// for 100 KB of code, and Node 20 spends about a millisecond on each ES module it loads, much of a hook's time.
// Rollup, which esbuild lacks, can group chunks by hand: aiguard's own code joins one core chunk, loaded at once;
// what only some runs need keeps chunks of its own (the audit, and each dependency of 10 KB or more: parsers, the
// glob matcher, RE2, SQLite, jiti). Rollup only regroups: tree shaking is off, because esbuild already did it and
// rollup's own, run over esbuild's output, dropped a branch the settings reader takes (the tests caught it).
import { chmodSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative, resolve } from 'node:path';

/** Dependencies this big keep their own chunk; smaller ones (picocolors, 3 KB) cost less to parse than to load apart. */
const OWN_CHUNK_BYTES = 10_000;

/** An esbuild chunk that may join the core: only aiguard's code outside the audit, and small dependencies. */
function mayJoinCore(inputs) {
  const dependencyBytes = new Map();
  for (const [source, { bytesInOutput }] of Object.entries(inputs)) {
    if (source.startsWith('src/audit/') || source === 'src/assets/sql-wasm.ts') return false;
    // The build's own modules (the config validator, generated from schema/) are aiguard's code too.
    if (source.startsWith('src/') || source.startsWith('aiguard-build:')) continue;
    const scoped = source.startsWith('node_modules/@');
    const name = source.startsWith('node_modules/') ? source.split('/').slice(0, scoped ? 3 : 2).join('/') : source;
    dependencyBytes.set(name, (dependencyBytes.get(name) ?? 0) + bytesInOutput);
  }
  return [...dependencyBytes.values()].every((bytes) => bytes < OWN_CHUNK_BYTES);
}

/** Core chunks: those that may join whose static imports all join too (else the core would load them at once). */
function coreChunks(metafile, root, entrySources) {
  const verdicts = new Map();
  const inCore = (output) => {
    if (verdicts.has(output)) return verdicts.get(output);
    verdicts.set(output, false); // a cycle decides nothing by itself
    const { inputs, imports, entryPoint } = metafile.outputs[output];
    const statics = imports.filter((item) => item.kind === 'import-statement' && !item.external).map((item) => item.path);
    const verdict = !entrySources.includes(entryPoint) && mayJoinCore(inputs) && statics.every(inCore);
    verdicts.set(output, verdict);
    return verdict;
  };
  return new Set(Object.keys(metafile.outputs).filter(inCore).map((output) => resolve(root, output)));
}

/**
 * Regroups esbuild's output at `from` (`<name>.js` for each entry, chunks/) into `outdir`; `entries` maps each name
 * to its source, as esbuild's entryPoints. Returns esbuild's metafile shape for the new files (which sources each
 * holds), for the tests that map loaded files to sources.
 */
export async function rechunk({ from, outdir, metafile, root, entries }) {
  const { rollup } = await import('rollup');
  const core = coreChunks(metafile, root, Object.values(entries));
  const build = await rollup({
    input: Object.fromEntries(Object.keys(entries).map((name) => [name, join(from, `${name}.js`)])),
    treeshake: false,
    external: (id) => isBuiltin(id) || !/^[./]/.test(id),
    onwarn: (warning) => {
      throw new Error(`rollup: ${warning.message}`);
    },
  });
  const { output } = await build.write({
    dir: outdir,
    format: 'es',
    entryFileNames: '[name].js',
    // By name without esbuild's hash, and no hash of rollup's: a change to one chunk leaves the others' names and
    // imports as they were, so dist/ changes where the code did (rollup numbers names that repeat).
    chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/-[A-Z0-9]{8}$/, '')}.js`,
    manualChunks: (id) => (core.has(id) ? 'core' : undefined),
  });
  await build.close();
  // A file that starts with a shebang is a program (the bin): executable, as esbuild wrote it.
  for (const file of output) if (file.type === 'chunk' && file.code.startsWith('#!')) chmodSync(join(outdir, file.fileName), 0o755);
  const sourcesOf = new Map(Object.entries(metafile.outputs).map(([path, { inputs }]) => [resolve(root, path), inputs]));
  const outputs = {};
  for (const file of output) {
    if (file.type !== 'chunk') continue;
    const inputs = {};
    for (const id of Object.keys(file.modules)) Object.assign(inputs, sourcesOf.get(id));
    outputs[relative(root, join(outdir, file.fileName))] = { bytes: Buffer.byteLength(file.code), inputs };
  }
  return { outputs };
}
