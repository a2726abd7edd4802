import { createRequire as __aiguardRequire } from 'node:module';
import { dirname as __aiguardDirname } from 'node:path';
import { fileURLToPath as __aiguardFileUrlToPath } from 'node:url';
const require = __aiguardRequire(import.meta.url);
const __dirname = __aiguardDirname(__aiguardFileUrlToPath(import.meta.url));
import {
  runGit,
  splitZ
} from "./chunk-ESKB75NP.js";

// src/git/remotes.ts
async function listRemotes(repo) {
  const result = await runGit(["config", "-z", "--get-regexp", "^(remote\\..*\\.url|url\\..*\\.insteadof)$"], repo.cwd);
  if (result.code === 1) return [];
  if (result.code !== 0) throw new Error(`git config --get-regexp: ${result.stderr.trim() || `exit ${result.code}`}`);
  const remotes = [];
  const rewrites = [];
  for (const entry of splitZ(result.stdout.toString("utf8"))) {
    const newline = entry.indexOf("\n");
    if (newline === -1) continue;
    const key = entry.slice(0, newline);
    const value = entry.slice(newline + 1);
    if (key.startsWith("remote.")) remotes.push({ name: key.slice("remote.".length, -".url".length), url: value });
    else rewrites.push({ from: value, to: key.slice("url.".length, -".insteadof".length) });
  }
  return remotes.map((remote) => ({ ...remote, url: rewriteUrl(remote.url, rewrites) }));
}
async function readRemotes(repo) {
  return listRemotes(repo).catch(() => void 0);
}
function rewriteUrl(url, rewrites) {
  let best;
  for (const rewrite of rewrites) {
    if (url.startsWith(rewrite.from) && (!best || rewrite.from.length > best.from.length)) best = rewrite;
  }
  return best ? best.to + url.slice(best.from.length) : url;
}

export {
  listRemotes,
  readRemotes
};
