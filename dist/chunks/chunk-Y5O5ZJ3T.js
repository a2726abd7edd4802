import { createRequire as __aiguardRequire } from 'node:module';
const require = __aiguardRequire(import.meta.url);
import {
  runGit,
  splitZ
} from "./chunk-7RU7R6GY.js";

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

// src/policy/scope.ts
async function checkScope(repo, policy, options = {}) {
  const globs = policy.scope?.remotes;
  if (!globs || globs.length === 0) return void 0;
  const patterns = globs.map(normaliseRemoteGlob);
  const candidates = options.remoteUrl !== void 0 ? [{ name: "url", url: options.remoteUrl }] : await candidateRemotes(repo, policy);
  const policyName = policy.name ?? policy.source ?? "the aiguard policy";
  const known = candidates?.filter((remote) => normaliseRemoteUrl(remote.url) !== "") ?? [];
  if (known.length === 0) {
    if (policy.scope?.unknownRemote !== "skip") return void 0;
    const named = policy.scope.remote && candidates?.length === 0 ? `no remote named ${policy.scope.remote}` : "no remote";
    const why = candidates === void 0 ? "its remotes cannot be read" : named;
    return `aiguard: this repository is not covered by ${policyName} (${why}; scope.unknownRemote: skip)`;
  }
  if (await remoteMatches(known.map((remote) => remote.url), patterns)) return void 0;
  const seen = known.map((remote) => `${remote.name} ${normaliseRemoteUrl(remote.url)}`).join(", ");
  return `aiguard: this repository is not covered by ${policyName} (${seen}; scope.remotes: ${patterns.join(", ")})`;
}
async function remoteMatches(urls, globs) {
  const micromatch = (await import("./micromatch-CBFFAW3V.js")).default;
  const patterns = globs.map(normaliseRemoteGlob);
  return urls.some((url) => micromatch.isMatch(normaliseRemoteUrl(url), patterns, { nocase: true, dot: true }));
}
async function candidateRemotes(repo, policy) {
  let remotes;
  try {
    remotes = await listRemotes(repo);
  } catch {
    return void 0;
  }
  const wanted = policy.scope?.remote;
  if (wanted !== void 0) return remotes.filter((remote) => remote.name === wanted);
  const origin = remotes.filter((remote) => remote.name === "origin");
  return origin.length > 0 ? origin : remotes;
}

export {
  listRemotes,
  normaliseRemoteUrl,
  checkScope,
  remoteMatches
};
