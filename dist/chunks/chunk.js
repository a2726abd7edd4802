import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { p as parseDataConfig, v as validateConfig, c as checkConfigValues } from './chunk2.js';
import { U as UsageError, a as isCodeConfig, c as codeRefusedHere, u as untrustedExtendsMessage } from './core.js';
import { existsSync, readFileSync } from 'node:fs';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));
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
  const { loadCodeConfig } = await import('./core.js').then(function (n) { return n.aE; });
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

export { loadConfigText as a, loadConfigFile as l };
