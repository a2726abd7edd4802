// JS and TS configs, loaded only once trust is settled (config/trust.ts): cosmiconfig's own loaders for JavaScript, and
// jiti for TypeScript, which needs no `typescript` at run time (cosmiconfig's TS loader does, and writes a .cjs beside the file).
// cosmiconfig() itself is never called: its factory runs a `.config/config.{js,cjs,mjs,ts}` from the current directory.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** The value a JS/TS config exports (its default export, or module.exports); undefined when it exports nothing. */
export async function loadCodeConfig(path: string): Promise<unknown> {
  const loaded = extname(path) === '.ts' ? await loadTypeScript(path) : await loadJavaScript(path);
  // A transpiled ES module's policy may sit on its default export.
  const onlyDefault = loaded && typeof loaded === 'object' && 'default' in loaded && Object.keys(loaded).length === 1;
  return onlyDefault ? (loaded as { default: unknown }).default : loaded;
}

async function loadJavaScript(path: string): Promise<unknown> {
  const { defaultLoaders } = await import('cosmiconfig');
  const loader = defaultLoaders[extname(path) as '.js' | '.cjs' | '.mjs'];
  return loader(path, readFileSync(path, 'utf8'));
}

async function loadTypeScript(path: string): Promise<unknown> {
  // jiti/static imports its transform statically, so the bundle carries it (jiti's default entry requires it by path).
  const { createJiti } = await import('jiti/static');
  // No cache files written into the repository or node_modules, no entry left in require's cache.
  const jiti = createJiti(import.meta.url, { fsCache: false, moduleCache: false, interopDefault: true });
  return jiti.import(path, { default: true });
}
