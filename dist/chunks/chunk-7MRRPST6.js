import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  runGit,
  splitZ
} from "./chunk-4ZGAVNFW.js";

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
function rewriteUrl(url, rewrites) {
  let best;
  for (const rewrite of rewrites) {
    if (url.startsWith(rewrite.from) && (!best || rewrite.from.length > best.from.length)) best = rewrite;
  }
  return best ? best.to + url.slice(best.from.length) : url;
}

// src/policy/remote-url.ts
function normaliseRemoteUrl(url) {
  let text = url.trim();
  let host = "";
  let path;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (scheme) {
    text = text.slice(scheme[0].length);
    if (scheme[1].toLowerCase() === "file") {
      path = text.replace(/^[^/]*/, "");
    } else {
      const slash = text.indexOf("/");
      const authority = slash === -1 ? text : text.slice(0, slash);
      path = slash === -1 ? "" : text.slice(slash);
      host = hostOf(authority);
    }
  } else {
    const scp = /^([^/:]+):(.*)$/.exec(text);
    if (scp && !/^[a-z]$/i.test(scp[1])) {
      host = hostOf(scp[1]);
      path = scp[2];
    } else {
      path = text;
    }
  }
  path = path.replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/\/+$/, "").replace(/\.git$/i, "").replace(/\/+$/, "");
  if (!host) return path;
  return `${host}/${path.replace(/^\/+/, "")}`.replace(/\/+$/, "");
}
function hostOf(authority) {
  const withoutCredentials = authority.slice(authority.lastIndexOf("@") + 1);
  const host = withoutCredentials.startsWith("[") ? withoutCredentials.replace(/^(\[[^\]]*\]).*$/, "$1") : withoutCredentials.replace(/:\d*$/, "");
  return host.toLowerCase();
}
function normaliseRemoteGlob(glob) {
  return normaliseRemoteUrl(glob);
}

export {
  listRemotes,
  normaliseRemoteUrl,
  normaliseRemoteGlob
};
