import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import "./chunk-LOBCSSTG.js";

// src/config/load-code-config.ts
import { readFileSync } from "node:fs";
import { extname } from "node:path";
async function loadCodeConfig(path) {
  const loaded = extname(path) === ".ts" ? await loadTypeScript(path) : await loadJavaScript(path);
  const onlyDefault = loaded && typeof loaded === "object" && "default" in loaded && Object.keys(loaded).length === 1;
  return onlyDefault ? loaded.default : loaded;
}
async function loadJavaScript(path) {
  const { defaultLoaders } = await import("./cosmiconfig-6EUO3FRD.js");
  const loader = defaultLoaders[extname(path)];
  return loader(path, readFileSync(path, "utf8"));
}
async function loadTypeScript(path) {
  const { createJiti } = await import("./jiti-static-2S54IZTT.js");
  const jiti = createJiti(import.meta.url, { fsCache: false, moduleCache: false, interopDefault: true });
  return jiti.import(path, { default: true });
}
export {
  loadCodeConfig
};
