import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  checkConfigValues,
  parseDataConfig,
  validateConfig
} from "./chunk-X4RVDYHW.js";
import {
  codeRefusedHere,
  untrustedExtendsMessage
} from "./chunk-5EJRVVY2.js";
import {
  isCodeConfig
} from "./chunk-NGW65SNJ.js";
import {
  UsageError
} from "./chunk-3WYCCKVS.js";

// src/config/load-config.ts
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
async function loadConfigFile(file, options = {}) {
  const path = resolve(file);
  if (!existsSync(path)) throw new UsageError(`config file not found: ${file}`);
  const label = options.label ?? file;
  if (!isCodeConfig(path)) {
    return await loadConfigText(readFileSync(path, "utf8"), path, label) ?? { config: checked({}, label), file: path };
  }
  return { config: checked(await loadCode(path, label, options) ?? {}, label), file: path };
}
async function loadConfigText(text, file, label) {
  const config = await parseDataConfig(text, file, label);
  return config === void 0 ? void 0 : { config: checked(config, label), file: resolve(file) };
}
async function loadCode(path, label, options) {
  if (options.allowCode === false) throw new UsageError(codeRefusedHere(label));
  if (!options.named && !options.trustCode) throw new UsageError(untrustedExtendsMessage(label));
  const { loadCodeConfig } = await import("./load-code-config-ZRRAPBFY.js");
  try {
    return await loadCodeConfig(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${label}: ${error.message.split("\n")[0]}`);
  }
}
function checked(config, file) {
  validateConfig(config, file);
  checkConfigValues(config, file);
  return config;
}

export {
  loadConfigFile,
  loadConfigText
};
