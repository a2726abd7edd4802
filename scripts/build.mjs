// npm run build: one bundle of the CLI and the Action's entry in dist/ (an ES module each, plus a core chunk of
// aiguard's code and the chunks of what only some runs load, see rechunk.mjs), with the compiled rules, the config
// validator and the version written in, so that a checkout, a git-URL install or the Action runs it without
// node_modules. The TypeScript sources stay the source of truth: this file
// only bundles them; `tsc` checks their types. build/ gets the compiled rules and validator for tests on the sources.
//   node scripts/build.mjs               build/ and dist/
//   node scripts/build.mjs --assets      build/ only (what tests importing src/ need)
//   node scripts/build.mjs --outdir DIR  the bundle into DIR, nothing else (the test that dist/ is current)
//   --metafile FILE                      also which sources went into which output file (esbuild's metafile shape)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createRequire, isBuiltin } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileRules } from './compile-rules.mjs';
import { compileConfigSchema } from './compile-config-schema.mjs';
import { rechunk } from './rechunk.mjs';
import { cacheCore } from './cache-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = { cli: 'src/cli.ts', action: 'src/action.ts' };
const RUNNER = 'hooks/aiguard-runner.sh';
const SCOPE_TABLE = 'rules/data/claude-settings-scope.tsv';
const readText = (path) => readFileSync(join(root, path), 'utf8');
const VIRTUAL = 'aiguard-build';

// ES modules have no `require` or `__dirname`; the CommonJS dependencies the bundle includes call the one for Node's
// built-in modules (micromatch, ajv's runtime) and read the other (sql.js's loader, cosmiconfig).
const BANNER = [
  "import { createRequire as __aiguardRequire } from 'node:module';",
  "import { dirname as __aiguardDirname } from 'node:path';",
  "import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';",
  'const require = __aiguardRequire(import.meta.url);',
  'const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));',
].join('\n');

/** src/assets/<name>.ts read files at run time; in the bundle they are replaced by what they would read. */
function assetModules(rulesJson, validatorSource, version) {
  return {
    rules: `export function compiledRulesJson() {\n  return ${JSON.stringify(rulesJson)};\n}\n`,
    // Run on first use only: a repository without a config file never needs it.
    'config-validator': `export function configValidator() {\n  return require('aiguard-build:config-validator.cjs');\n}\n`,
    'config-validator.cjs': validatorSource,
    version: `export const VERSION = ${JSON.stringify(version)};\n`,
    'hook-runner': `export function hookRunnerText() {\n  return ${JSON.stringify(readFileSync(join(root, RUNNER), 'utf8'))};\n}\n`,
    'claude-settings-scope': `export function claudeSettingsScopeText() {\n  return ${JSON.stringify(readText(SCOPE_TABLE))};\n}\n`,
    // The audit store's SQLite (sql.js): its WebAssembly in base64, in the lazily loaded chunk of the audit alone.
    'sql-wasm': `export function sqlWasmBinary() {\n  return Buffer.from(${JSON.stringify(sqlWasmBase64())}, 'base64');\n}\n`,
  };
}

function sqlWasmBase64() {
  return readFileSync(createRequire(join(root, 'package.json')).resolve('sql.js/dist/sql-wasm.wasm')).toString('base64');
}

function assetsPlugin(modules) {
  return {
    name: 'aiguard-assets',
    setup(build) {
      build.onResolve({ filter: /^aiguard-build:/ }, (args) => ({ path: args.path.slice(VIRTUAL.length + 1), namespace: VIRTUAL }));
      build.onLoad({ filter: /[\\/]src[\\/]assets[\\/][\w-]+\.ts$/ }, (args) => {
        const name = args.path.replace(/^.*[\\/]/, '').replace(/\.ts$/, '');
        if (!(name in modules)) throw new Error(`src/assets/${name}.ts has no bundled replacement in scripts/build.mjs`);
        return { contents: modules[name], loader: 'js', resolveDir: root };
      });
      build.onLoad({ filter: /.*/, namespace: VIRTUAL }, (args) => ({ contents: modules[args.path], loader: 'js', resolveDir: root }));
    },
  };
}

/**
 * `await import('pkg')` of a CommonJS package, in a split bundle, would give only `default` (esbuild makes the lazy chunk
 * `export default require_pkg()`). The sources read named exports (`const { parse } = await import('yaml')`), as Node
 * gives them, so each such import goes through a small ES module naming the package's exports, listed at build time.
 */
function lazyCommonJsPlugin() {
  const requireFromRoot = createRequire(join(root, 'package.json'));
  return {
    name: 'aiguard-lazy-commonjs',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || isBuiltin(args.path) || !/[\\/]src[\\/]/.test(args.importer)) return undefined;
        const resolved = await build.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
        if (resolved.errors.length > 0 || resolved.external) return undefined;
        let names;
        try {
          names = Object.keys(requireFromRoot(args.path)).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
        } catch {
          return undefined; // an ES module package: esbuild keeps its named exports itself
        }
        return { path: args.path, namespace: 'aiguard-lazy-commonjs', pluginData: { file: resolved.path, names } };
      });
      build.onLoad({ filter: /.*/, namespace: 'aiguard-lazy-commonjs' }, ({ pluginData: { file, names } }) => ({
        contents: [
          `import * as __aiguardCommonJs from ${JSON.stringify(file)};`,
          'export default __aiguardCommonJs.default;',
          ...names.map((name, index) => `const __export${index} = __aiguardCommonJs[${JSON.stringify(name)}];`),
          `export { ${names.map((name, index) => `__export${index} as ${name}`).join(', ')} };`,
        ].join('\n'),
        loader: 'js',
        resolveDir: root,
      }));
    },
  };
}

/** esbuild bundles into a staging folder; rechunk.mjs regroups its chunks into outdir. Returns the metafile. */
export async function bundle(outdir, assets = compileAssets()) {
  const staging = mkdtempSync(join(tmpdir(), 'aiguard-esbuild-'));
  try {
    const { metafile } = await esbuildBundle(staging, assets);
    rmSync(outdir, { recursive: true, force: true });
    const { outputs } = await rechunk({ from: staging, outdir, metafile, root, entries: ENTRIES });
    const { body, loader } = await cacheCore({ outdir, root });
    // The module loads its body whenever it loads: it counts as holding the body's sources.
    const shim = relative(root, join(outdir, 'chunks/core.js'));
    outputs[relative(root, join(outdir, body))] = { inputs: outputs[shim].inputs };
    outputs[shim] = { inputs: { ...outputs[shim].inputs, [loader]: {} } };
    return { outputs };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

async function esbuildBundle(outdir, assets) {
  const { build } = await import('esbuild');
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  return build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // jsonc-parser's ES module build: its UMD main cannot be bundled.
    mainFields: ['module', 'main'],
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: BANNER },
    legalComments: 'none',
    // An aiguard.config.ts loads through jiti (bundled, in a chunk of its own); cosmiconfig's TS loader, never called,
    // names typescript.
    external: ['typescript'],
    plugins: [assetsPlugin(assetModules(assets.rules, assets.validator, version)), lazyCommonJsPlugin()],
    logLevel: 'warning',
    metafile: true,
  });
}

export function compileAssets() {
  return { rules: compileRules().json, validator: compileConfigSchema() };
}

function writeAssets(assets) {
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build/rules.json'), assets.rules);
  writeFileSync(join(root, 'build/config-validator.cjs'), assets.validator);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { assets: { type: 'boolean' }, outdir: { type: 'string' }, metafile: { type: 'string' } } });
  const assets = compileAssets();
  if (!values.outdir) writeAssets(assets);
  if (!values.assets) {
    const metafile = await bundle(values.outdir ? resolve(values.outdir) : join(root, 'dist'), assets);
    if (values.metafile) writeFileSync(values.metafile, JSON.stringify(metafile));
  }
}
