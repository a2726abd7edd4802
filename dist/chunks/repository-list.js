import { createRequire } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { U as UsageError } from './core.js';
import { readFileSync } from 'node:fs';
import 'node:fs/promises';
import 'node:crypto';
import 'node:os';
import 'node:util';
import 'node:child_process';

const require$1 = createRequire(import.meta.url);
const __dirname$1 = dirname(fileURLToPath(import.meta.url));
var URL_FORM = /^[a-z][a-z0-9+.-]*:\/\//i;
var SCP_FORM = /^[^/\\:]+@[^/\\:]+:/;
function isGitUrl(text) {
  return URL_FORM.test(text) || SCP_FORM.test(text);
}
function parseRepositoryFile(text) {
  return text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, "").trim()).filter((line) => line.length > 0);
}
function readRepositoryFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`--repos ${file}: cannot read it (${error.code ?? error.message})`);
  }
  return parseRepositoryFile(text);
}
function auditTargets(entries, cwd = process.cwd()) {
  const byName = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (entry.startsWith("-")) throw new UsageError(`repository ${entry}: a repository may not start with "-"`);
    const target = isGitUrl(entry) ? { name: entry.replace(/\/+$/, ""), kind: "url" } : { name: isAbsolute(entry) ? resolve(entry) : resolve(cwd, entry), kind: "local" };
    byName.set(target.name, target);
  }
  return [...byName.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

export { auditTargets, isGitUrl, parseRepositoryFile, readRepositoryFile };
